using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PteroPulse.Poller.Pterodactyl;

namespace PteroPulse.Poller.Tests.Support;

/// <summary>A panel client as the service builds it, pointed at an emulator.</summary>
internal static class PanelClients
{
    public static PterodactylOptions Options(Uri url, string key, Action<PterodactylOptions>? configure = null)
    {
        var options = new PterodactylOptions { Url = url.ToString(), ApiKey = key, MaxRetries = 0 };
        configure?.Invoke(options);
        return options;
    }

    public static (PterodactylClient Client, RateLimitPacer Pacer, PanelHealth Health) Create(
        PterodactylOptions options, TimeProvider time, ILogger<PterodactylClient>? logger = null)
    {
        var pacer = new RateLimitPacer(time, options.RateLimitReserve, TimeSpan.FromMinutes(1));
        var health = new PanelHealth(time);
        var client = new PterodactylClient(Microsoft.Extensions.Options.Options.Create(options), pacer, health, time,
            logger ?? NullLogger<PterodactylClient>.Instance);
        return (client, pacer, health);
    }
}

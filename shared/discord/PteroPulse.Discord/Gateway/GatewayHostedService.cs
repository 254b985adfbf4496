using Microsoft.Extensions.Hosting;

namespace PteroPulse.Discord.Gateway;

/// <summary>Runs the gateway for the host's lifetime; on stop every session closes with 1000.</summary>
internal sealed class GatewayHostedService(DiscordGatewayClient client) : BackgroundService
{
    // A fatal close (bad token, intents) escapes ExecuteAsync: the host logs it and stops instead of looping.
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => client.RunAsync(stoppingToken);
}

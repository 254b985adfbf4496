using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PteroPulse.Discord.Interactions;

/// <summary>Registers commands once at start, in the background so an unreachable Discord does not block start-up.</summary>
internal sealed class CommandRegistrationService(
    CommandRegistrar registrar,
    IOptions<DiscordInteractionsOptions> options,
    ILogger<CommandRegistrationService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RegisterCommands)
        {
            return;
        }

        try
        {
            await registrar.RegisterAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Commands registered earlier keep working; the next start tries again.
            logger.LogError(ex, "Registering application commands failed");
        }
    }
}

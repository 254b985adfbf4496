namespace PteroPulse.DiscordGateway.Locations;

/// <summary>Runs <see cref="EmbedReconciler"/> once at start, in the background: a slow Discord must not hold up start-up.</summary>
public sealed class EmbedReconciliationService(EmbedReconciler reconciler, ILogger<EmbedReconciliationService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await reconciler.ReconcileAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The embeds are still edited; one that no longer exists is forgotten at its first failed edit.
            logger.LogWarning(ex, "Reconciling embed locations at start failed");
        }
    }
}

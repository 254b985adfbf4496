using PteroPulse.ServiceDefaults.Health;

namespace PteroPulse.DiscordGateway.Alerts;

/// <summary>Lets time pass for the alert policy: "stuck starting" and "unreachable for N minutes" need no new event.</summary>
public sealed class AlertWorker(
    AlertPolicy policy,
    AlertNotifier notifier,
    TimeProvider timeProvider,
    [FromKeyedServices(typeof(AlertWorker))] WorkerHeartbeat heartbeat,
    ILogger<AlertWorker> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, timeProvider);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            heartbeat.Beat();
            try
            {
                await notifier.PostAsync(policy.Tick(timeProvider.GetUtcNow()), stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Checking alert durations failed");
            }
        }
    }
}

using Microsoft.Extensions.Options;
using PteroPulse.Poller.Pterodactyl;
using PteroPulse.ServiceDefaults.Health;

namespace PteroPulse.Poller.Polling;

/// <summary>
/// Refreshes the server list every ServerListRefreshInterval, and within a second when someone asked for it. After a
/// refused key it waits five minutes between attempts: hammering a panel with a revoked key helps nobody.
/// </summary>
public sealed class ServerListWorker(
    ServerCatalog catalog, IOptions<PterodactylOptions> options, TimeProvider time,
    [FromKeyedServices(typeof(ServerListWorker))] WorkerHeartbeat heartbeat) : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan KeyRefusedBackoff = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.ServerListRefreshInterval;
        var next = DateTimeOffset.MinValue;
        using var timer = new PeriodicTimer(Tick, time);
        do
        {
            heartbeat.Beat();
            var now = time.GetUtcNow();
            if (now < next && !catalog.RefreshRequested)
            {
                continue;
            }

            try
            {
                var outcome = await RefreshBeatingAsync(stoppingToken);
                next = now + (outcome is PanelOutcome.Unauthorized or PanelOutcome.WrongKeyType or PanelOutcome.Forbidden
                    ? KeyRefusedBackoff
                    : outcome == PanelOutcome.Ok ? interval : TimeSpan.FromSeconds(15));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                next = now + TimeSpan.FromSeconds(15);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>
    /// A 50,000-server list on a slow key takes minutes of paced requests (each bounded by RequestTimeout); the loop
    /// is alive meanwhile, so it keeps beating.
    /// </summary>
    private async Task<PanelOutcome> RefreshBeatingAsync(CancellationToken stoppingToken)
    {
        var refresh = catalog.RefreshAsync(stoppingToken);
        while (!refresh.IsCompleted)
        {
            heartbeat.Beat();
            await Task.WhenAny(refresh, Task.Delay(Tick, time, stoppingToken));
        }

        return await refresh;
    }
}

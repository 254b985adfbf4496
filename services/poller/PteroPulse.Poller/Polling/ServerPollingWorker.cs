using Microsoft.Extensions.Options;
using PteroPulse.Poller.Logging;
using PteroPulse.Poller.Pterodactyl;
using PteroPulse.Poller.Telemetry;
using PteroPulse.ServiceDefaults.Health;

namespace PteroPulse.Poller.Polling;

/// <summary>
/// Samples every server once per cycle, spread evenly over the cycle (server i at start + i × cycle ÷ N) rather than
/// in a burst, with at most MaxConcurrency requests in flight, so one hanging node cannot stall the fleet. The
/// cycle is the poll interval unless the key's rate limit cannot sustain it; then it lengthens and says so once.
/// </summary>
public sealed class ServerPollingWorker(
    ServerCatalog catalog, ServerSampler sampler, SamplingBackoff backoff, RateLimitPacer pacer, IOptions<PterodactylOptions> options, TimeProvider time,
    [FromKeyedServices(typeof(ServerPollingWorker))] WorkerHeartbeat heartbeat, ILogger<ServerPollingWorker> logger,
    PollerMetrics? metrics = null) : BackgroundService
{
    /// <summary>Shorter waits than this are folded into the next one: timers are not that precise anyway.</summary>
    private static readonly TimeSpan MinimumWait = TimeSpan.FromMilliseconds(15);

    /// <summary>Timer overshoot that is caught up rather than dropped, so a 10,000-server cycle keeps its 10 s.</summary>
    private static readonly TimeSpan MaximumLag = TimeSpan.FromMilliseconds(50);

    private readonly PterodactylOptions _options = options.Value;
    private PollPlan? _announced;

    /// <summary>The plan of the current cycle, for tests and diagnostics.</summary>
    public PollPlan? CurrentPlan { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Beat while the panel is still unanswered: liveness must never depend on the panel.
        while (!catalog.FirstList.IsCompleted)
        {
            heartbeat.Beat();
            await Task.WhenAny(catalog.FirstList, Task.Delay(_options.PollInterval, time, stoppingToken));
            stoppingToken.ThrowIfCancellationRequested();
        }

        using var slots = new SemaphoreSlim(_options.MaxConcurrency);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunCycleAsync(slots, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                PollerLog.CycleFailed(logger, ex);
                await Task.Delay(_options.PollInterval, time, stoppingToken);
            }
        }
    }

    private async Task RunCycleAsync(SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        heartbeat.Beat();
        var servers = catalog.Servers;
        if (servers.Count == 0 || catalog.LastOutcome is PanelOutcome.Unauthorized or PanelOutcome.WrongKeyType)
        {
            await Task.Delay(_options.PollInterval, time, stoppingToken);
            return;
        }

        var started = time.GetTimestamp();
        var plan = PollCyclePlanner.Plan(servers.Count, _options.PollInterval, pacer.BudgetPerMinute, _options.ServerListRefreshInterval);
        Announce(plan, servers.Count);
        var spacing = plan.Cycle / servers.Count;
        var due = time.GetUtcNow();
        for (var i = 0; i < servers.Count; i++)
        {
            if (backoff.IsDue(servers[i].Identifier, time.GetUtcNow()))
            {
                await slots.WaitAsync(stoppingToken);
                _ = SampleAndReleaseAsync(servers[i], slots, stoppingToken);
            }

            // Late after a stall (every slot held by a hanging node)? Catch up at most two slots (or 50 ms of timer
            // overshoot) at once and drop the rest of the backlog: a short cycle slips, the panel never sees a burst.
            var now = time.GetUtcNow();
            var earliest = now - (spacing * 2 > MaximumLag ? spacing * 2 : MaximumLag);
            due = due + spacing > earliest ? due + spacing : earliest;
            var wait = due - now;
            if (wait >= MinimumWait)
            {
                await Task.Delay(wait, time, stoppingToken);
            }

            // Every server: with every slot held by a node that hangs 15 s, servers pass slowly but the loop lives.
            heartbeat.Beat();
        }

        metrics?.CycleCompleted(time.GetElapsedTime(started));
    }

    private async Task SampleAndReleaseAsync(PanelServer server, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        try
        {
            var sample = await sampler.SampleAsync(server, causedByPowerSignal: false, stoppingToken);
            backoff.Record(server.Identifier, sample?.State, time.GetUtcNow());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            PollerLog.SampleFailed(logger, server.Identifier, PanelOutcome.PanelError, ex.Message);
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
        finally
        {
            slots.Release();
        }
    }

    /// <summary>Logs when the plan starts or stops being limited by the key, not every cycle.</summary>
    private void Announce(PollPlan plan, int serverCount)
    {
        CurrentPlan = plan;
        heartbeat.Interval = plan.Cycle > _options.PollInterval ? plan.Cycle : _options.PollInterval;
        var changed = _announced is null || _announced.Adapted != plan.Adapted || _announced.LimitPerMinute != plan.LimitPerMinute;
        if (!changed)
        {
            return;
        }

        if (plan.Adapted)
        {
            var limit = pacer.Limit ?? 0;
            PollerLog.CycleAdapted(logger, limit, (int)Math.Round(_options.RateLimitReserve * 100), plan.SustainableServers, _options.PollInterval,
                serverCount, TimeSpan.FromSeconds(Math.Ceiling(plan.Cycle.TotalSeconds)));
        }
        else if (_announced?.Adapted == true)
        {
            PollerLog.CycleRestored(logger, serverCount, _options.PollInterval);
        }

        _announced = plan;
    }
}

using PteroPulse.Contracts;
using PteroPulse.Poller.Logging;
using PteroPulse.Poller.Pterodactyl;
using PteroPulse.Poller.Telemetry;

namespace PteroPulse.Poller.Polling;

/// <summary>
/// Samples one server: asks the panel, publishes <see cref="ServerSampled"/> for every reading, and
/// <see cref="ServerStateChanged"/> when the update policy says so. A failure is logged with the server's id and
/// skipped; it never stops the loop.
/// </summary>
public sealed class ServerSampler(
    IPterodactylClient client, ServerStateTracker tracker, IPollerPublisher publisher, ServerCatalog catalog,
    TimeProvider time, ILogger<ServerSampler> logger, PollerMetrics? metrics = null)
{
    public async Task<ServerSample?> SampleAsync(PanelServer server, bool causedByPowerSignal, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["ServerId"] = server.Identifier });
        var result = await client.GetResourcesAsync(server.Identifier, cancellationToken);
        var sample = SampleMapper.ToSample(server, result, time.GetUtcNow());
        LogOutcome(server, result);
        if (result.Outcome == PanelOutcome.NotFound)
        {
            catalog.RequestRefresh();
        }

        if (sample is null)
        {
            return null;
        }

        if (sample.State != ServerPowerState.Unreachable)
        {
            await publisher.PublishAsync(new ServerSampled { Sample = sample }, cancellationToken);
            metrics?.Sampled();
        }

        var change = tracker.Observe(sample, causedByPowerSignal);
        if (change is not null)
        {
            PollerLog.ServerStateChanged(logger, server.Identifier, change.PreviousState, change.Current.State, change.Reason);
            await publisher.PublishAsync(change, cancellationToken);
        }

        return sample;
    }

    private void LogOutcome(PanelServer server, PanelResult<ResourceUsage> result)
    {
        if (result.Outcome is PanelOutcome.Ok or PanelOutcome.Conflict or PanelOutcome.RateLimited)
        {
            PollerLog.Sampled(logger, server.Identifier, result.Outcome);
        }
        else
        {
            PollerLog.SampleFailed(logger, server.Identifier, result.Outcome, result.Detail);
        }
    }
}

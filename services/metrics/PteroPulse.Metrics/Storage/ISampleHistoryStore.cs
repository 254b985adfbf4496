using PteroPulse.Contracts;

namespace PteroPulse.Metrics.Storage;

/// <summary>
/// Each server's recent samples and its per-minute hour series. Implementations behave identically (one shared test
/// suite runs against both): appending is atomic, a sample with a sampled-at already stored replaces the stored one
/// and is counted once in the hour series, and a server with no new sample for the configured TTL is forgotten.
/// </summary>
public interface ISampleHistoryStore
{
    /// <summary>Stores a sample and returns how many raw samples the server now has (at most the history length).</summary>
    Task<int> AppendAsync(ServerSample sample, CancellationToken cancellationToken);

    /// <summary>The newest raw samples, oldest first; average equals max on each point.</summary>
    Task<IReadOnlyList<MetricPoint>> GetRecentAsync(string serverId, CancellationToken cancellationToken);

    /// <summary>One point per minute that had samples, for the last hour, oldest first: average and max of CPU and memory.</summary>
    Task<IReadOnlyList<MetricPoint>> GetHourAsync(string serverId, CancellationToken cancellationToken);
}

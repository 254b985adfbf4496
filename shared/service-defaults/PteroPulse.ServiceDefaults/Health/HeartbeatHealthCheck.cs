using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PteroPulse.ServiceDefaults.Health;

/// <summary>Liveness of every registered <see cref="WorkerHeartbeat"/>.</summary>
public sealed class HeartbeatHealthCheck(IEnumerable<WorkerHeartbeat> heartbeats) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var dead = heartbeats.Where(h => !h.IsAlive()).Select(h => $"{h.Name} last beat at {h.LastBeat:O}").ToList();
        return Task.FromResult(dead.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("Worker loop stalled: " + string.Join(", ", dead)));
    }
}

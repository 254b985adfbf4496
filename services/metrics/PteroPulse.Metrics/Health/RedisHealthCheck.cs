using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace PteroPulse.Metrics.Health;

/// <summary>Readiness: a PING round trip. Never a liveness check, or a Redis outage would restart every pod.</summary>
public sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!redis.IsConnected)
        {
            return HealthCheckResult.Unhealthy("Redis is not connected");
        }

        try
        {
            var latency = await redis.GetDatabase().PingAsync().WaitAsync(cancellationToken);
            return HealthCheckResult.Healthy($"PING {latency.TotalMilliseconds:F1} ms");
        }
        catch (RedisException e)
        {
            return HealthCheckResult.Unhealthy($"Redis PING failed: {e.GetType().Name}");
        }
    }
}

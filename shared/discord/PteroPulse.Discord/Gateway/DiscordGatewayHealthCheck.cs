using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PteroPulse.Discord.Gateway;

/// <summary>Ready when every shard has a live session; register it with the host's readiness tag.</summary>
public sealed class DiscordGatewayHealthCheck(IDiscordGatewayClient gateway) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (gateway.Failure is { } failure)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy(failure.Message));
        }

        var shards = gateway.Shards;
        var description = string.Join(", ", shards.Select(s => $"shard {s.ShardId}: {s.State}"));
        return Task.FromResult(gateway.IsReady ? HealthCheckResult.Healthy(description) : HealthCheckResult.Unhealthy(description.Length == 0 ? "not started" : description));
    }
}

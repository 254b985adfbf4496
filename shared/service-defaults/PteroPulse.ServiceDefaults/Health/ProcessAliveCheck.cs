using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PteroPulse.ServiceDefaults.Health;

/// <summary>Answers at all, so the process and its thread pool are alive.</summary>
internal sealed class ProcessAliveCheck : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(HealthCheckResult.Healthy());
}

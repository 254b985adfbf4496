using Microsoft.Extensions.Diagnostics.HealthChecks;
using PteroPulse.Poller.Pterodactyl;

namespace PteroPulse.Poller.Health;

/// <summary>
/// Ready when the panel answers and accepts the key. Judged from the poller's own recent answers, so probes cost no
/// rate limit; only after two quiet minutes does it ask GET /api/client/account itself.
/// </summary>
public sealed class PanelReadinessCheck(PanelHealth health, IPterodactylClient client, TimeProvider time) : IHealthCheck
{
    private static readonly TimeSpan Fresh = TimeSpan.FromMinutes(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (health.LastOutcome is null || time.GetUtcNow() - health.LastAnswerAt > Fresh)
        {
            await client.GetAccountAsync(cancellationToken);
        }

        return health.LastOutcome switch
        {
            PanelOutcome.Ok => HealthCheckResult.Healthy("the panel answers and accepts the key"),
            PanelOutcome.Unauthorized => HealthCheckResult.Unhealthy("the panel refused the API key (401): set Pterodactyl__ApiKey to a valid client key"),
            PanelOutcome.WrongKeyType => HealthCheckResult.Unhealthy("the API key is an application key: use a client key (Account → API Credentials)"),
            PanelOutcome.Forbidden => HealthCheckResult.Unhealthy($"the panel refused the key: {health.LastDetail}"),
            _ => HealthCheckResult.Unhealthy($"the panel is unreachable: {health.LastDetail}"),
        };
    }
}

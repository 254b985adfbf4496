using System.Diagnostics.Metrics;
using PteroPulse.Discord.Rest.RateLimits;

namespace PteroPulse.Discord;

/// <summary>
/// The library's instruments, on the meter "PteroPulse.Discord" (exported with every "PteroPulse.*" meter):
/// REST answers by route template and status, 429s by scope, the 10-minute invalid-request count, interaction outcomes.
/// </summary>
public sealed class DiscordMetrics
{
    public const string MeterName = "PteroPulse.Discord";

    private readonly Counter<long> _requests;
    private readonly Counter<long> _rateLimited;
    private readonly Counter<long> _autoDeferred;
    private readonly Counter<long> _interactionFailures;

    public DiscordMetrics(IMeterFactory meters, InvalidRequestMonitor invalidRequests)
    {
        Meter = meters.Create(MeterName);
        _requests = Meter.CreateCounter<long>("pteropulse.discord.rest.requests", description: "Discord REST answers by route template and HTTP status");
        _rateLimited = Meter.CreateCounter<long>("pteropulse.discord.rest.rate_limited", description: "429 answers by scope (user, global, shared)");
        Meter.CreateObservableGauge("pteropulse.discord.rest.invalid_requests", () => invalidRequests.Count,
            description: "401/403/429 answers in the last 10 minutes; Discord bans the IP at 10,000");
        _autoDeferred = Meter.CreateCounter<long>("pteropulse.discord.interactions.auto_deferred", description: "Interactions the library deferred because the handler took longer than AutoDeferAfter");
        _interactionFailures = Meter.CreateCounter<long>("pteropulse.discord.interactions.failed", description: "Interaction handlers that threw");
    }

    /// <summary>For instruments other parts add (the gateway's shard gauges).</summary>
    public Meter Meter { get; }

    public void Answered(string route, int status) =>
        _requests.Add(1, new KeyValuePair<string, object?>("route", route), new KeyValuePair<string, object?>("status", status));

    public void RateLimited(string route, RateLimitScope? scope) =>
        _rateLimited.Add(1, new KeyValuePair<string, object?>("route", route), new KeyValuePair<string, object?>("scope", scope?.ToString().ToLowerInvariant() ?? "unknown"));

    public void AutoDeferred() => _autoDeferred.Add(1);

    public void InteractionFailed() => _interactionFailures.Add(1);
}

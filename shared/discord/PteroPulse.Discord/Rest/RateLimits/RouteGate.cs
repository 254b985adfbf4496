namespace PteroPulse.Discord.Rest.RateLimits;

/// <summary>
/// One queue per route and major parameter: requests go out one at a time and in order, so edit N+1 of a message
/// never overtakes edit N, and a route whose bucket is still unknown sends a single request to learn it.
/// </summary>
internal sealed class RouteGate
{
    public SemaphoreSlim Lock { get; } = new(1, 1);

    /// <summary>Set by a 429 on a route whose response named no bucket.</summary>
    public DateTimeOffset PausedUntil { get; set; }
}

namespace PteroPulse.Poller.Pterodactyl;

/// <summary>
/// Exponential backoff with "equal jitter": attempt n waits between half and all of base × 2^n,
/// capped, so many pollers recovering together do not retry in step.
/// </summary>
public static class RetrySchedule
{
    public static readonly TimeSpan Base = TimeSpan.FromMilliseconds(500);

    public static readonly TimeSpan Cap = TimeSpan.FromSeconds(8);

    public static TimeSpan Delay(int attempt, Random random)
    {
        var ceiling = Math.Min(Cap.TotalMilliseconds, Base.TotalMilliseconds * Math.Pow(2, attempt));
        return TimeSpan.FromMilliseconds(ceiling / 2 + random.NextDouble() * ceiling / 2);
    }

    /// <summary>Only timeouts, unreachable panels and the panel's own 5xx (also behind Cloudflare) are retried.</summary>
    public static bool IsRetryable<T>(PanelResult<T> result) =>
        result.Outcome is PanelOutcome.PanelUnreachable or PanelOutcome.PanelError
        || (result.Outcome == PanelOutcome.NotJson && result.StatusCode >= 500);
}

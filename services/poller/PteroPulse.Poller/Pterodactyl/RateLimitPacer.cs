namespace PteroPulse.Poller.Pterodactyl;

/// <summary>
/// Spaces every request to the panel evenly so the key's fixed window is never exceeded: with a limit L per minute
/// and a reserve r, one request per 60 s / (L × (1 − r)). Evenly spaced requests put at most (1 − r)·L + 1 in any
/// window, whichever instant it started. The limit is read from X-RateLimit-Limit on every answer, never assumed;
/// a 429 pauses everything for Retry-After.
/// </summary>
public sealed class RateLimitPacer(TimeProvider time, double reserve, TimeSpan window)
{
    private readonly Lock _gate = new();
    private DateTimeOffset _nextSlot = DateTimeOffset.MinValue;
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;
    private TimeSpan _spacing = TimeSpan.Zero;

    /// <summary>The key's limit per window, once the panel has told us.</summary>
    public int? Limit { get; private set; }

    public TimeSpan Window => window;

    /// <summary>Requests per minute this poller allows itself (limit minus the reserve); null until known.</summary>
    public double? BudgetPerMinute => Limit is { } limit ? limit * (1 - reserve) * (TimeSpan.FromMinutes(1) / window) : null;

    /// <summary>Waits for this request's slot.</summary>
    public Task WaitTurnAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset slot;
        var now = time.GetUtcNow();
        lock (_gate)
        {
            slot = Max(now, Max(_nextSlot, _pausedUntil));
            _nextSlot = slot + _spacing;
        }

        var wait = slot - now;
        // Below a millisecond a timer cannot wait precisely anyway; the slot is still taken, so the average holds.
        return wait >= TimeSpan.FromMilliseconds(1) ? Task.Delay(wait, time, cancellationToken) : Task.CompletedTask;
    }

    /// <summary>Learns from an answer's X-RateLimit-* headers and status.</summary>
    public void Observe(int? limit, int? remaining, TimeSpan? retryAfter)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (limit is > 0 && limit != Limit)
            {
                Limit = limit;
                _spacing = window / (limit.Value * (1 - reserve));
            }

            if (retryAfter is { } pause)
            {
                _pausedUntil = Max(_pausedUntil, now + pause);
            }
            else if (remaining == 0)
            {
                // Someone else (the admin's browser) drained the bucket: the next request would be refused.
                _pausedUntil = Max(_pausedUntil, now + window / 6);
            }
        }
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}

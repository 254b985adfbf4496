namespace PteroPulse.Emulators.Panel.Http;

/// <summary>
/// Laravel's limiter: a fixed window per key that starts at the first hit and expires after the period; a request
/// refused with 429 is not counted.
/// </summary>
public sealed class FixedWindowRateLimiter(TimeProvider time)
{
    private readonly Dictionary<string, (int Hits, DateTimeOffset ResetAt)> _windows = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public RateDecision Hit(string key, int limit, TimeSpan window)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (!_windows.TryGetValue(key, out var entry) || entry.ResetAt <= now)
            {
                entry = (0, now + window);
            }

            if (entry.Hits >= limit)
            {
                _windows[key] = entry;
                return new RateDecision(false, limit, 0, entry.ResetAt, entry.ResetAt - now);
            }

            entry.Hits++;
            _windows[key] = entry;
            return new RateDecision(true, limit, limit - entry.Hits, entry.ResetAt, entry.ResetAt - now);
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _windows.Clear();
        }
    }
}

public readonly record struct RateDecision(bool Allowed, int Limit, int Remaining, DateTimeOffset ResetAt, TimeSpan RetryAfter);

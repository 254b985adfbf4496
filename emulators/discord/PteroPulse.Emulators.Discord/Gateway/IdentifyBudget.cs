using PteroPulse.Emulators.Discord.Hosting;

namespace PteroPulse.Emulators.Discord.Gateway;

/// <summary>
/// The daily Identify budget (1000 per 24 h) and max_concurrency pacing (Identify calls per 5 s per
/// <c>shard_id % max_concurrency</c> key), both on the emulator's clock.
/// </summary>
public sealed class IdentifyBudget(DiscordEmulatorOptions options, EmulatorClock clock)
{
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);
    private static readonly TimeSpan PacingWindow = TimeSpan.FromSeconds(5);
    private readonly Lock _gate = new();
    private readonly Dictionary<int, DateTimeOffset> _lastByKey = [];
    private DateTimeOffset _periodStart = clock.GetUtcNow();
    private int _used;

    public int Total => options.Gateway.SessionStartLimit;

    public int MaxConcurrency => options.Gateway.MaxConcurrency;

    public int Remaining
    {
        get
        {
            lock (_gate)
            {
                Roll();
                return Math.Max(0, Total - _used);
            }
        }
    }

    public long ResetAfterMs
    {
        get
        {
            lock (_gate)
            {
                Roll();
                return (long)Math.Max(0, (_periodStart + Day - clock.GetUtcNow()).TotalMilliseconds);
            }
        }
    }

    /// <summary>Test switch: use up the whole budget.</summary>
    public void Exhaust()
    {
        lock (_gate)
        {
            _used = Total;
        }
    }

    /// <summary>Takes one Identify; false when the daily budget is gone or the shard's pacing key was used within 5 s.</summary>
    public bool TryTake(int shardId, out bool budgetExhausted)
    {
        lock (_gate)
        {
            Roll();
            budgetExhausted = _used >= Total;
            var key = shardId % Math.Max(1, MaxConcurrency);
            var now = clock.GetUtcNow();
            if (budgetExhausted || (_lastByKey.TryGetValue(key, out var last) && now - last < PacingWindow))
            {
                return false;
            }

            _lastByKey[key] = now;
            _used++;
            return true;
        }
    }

    private void Roll()
    {
        if (clock.GetUtcNow() - _periodStart >= Day)
        {
            _periodStart = clock.GetUtcNow();
            _used = 0;
        }
    }
}

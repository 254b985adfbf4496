using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PteroPulse.Discord.Models;

namespace PteroPulse.Discord.Gateway;

/// <summary>
/// Paces Identify calls: at most <c>max_concurrency</c> per 5 seconds, keyed by <c>shard_id % max_concurrency</c>, and
/// never beyond the daily session start budget (Discord resets the bot token when it is exceeded). A shared (Redis)
/// gate can replace the in-process one when several processes identify with one token.
/// </summary>
public interface IIdentifyGate
{
    /// <summary>What <c>GET /gateway/bot</c> said about the budget; called before the shards start.</summary>
    void UseSessionStartLimit(SessionStartLimit limit)
    {
    }

    Task WaitAsync(int shardId, int maxConcurrency, CancellationToken cancellationToken);
}

/// <summary>One Identify per rate-limit key every 5 seconds (plus a margin), within the daily budget, in this process.</summary>
public sealed class InProcessIdentifyGate(TimeProvider time, ILogger<InProcessIdentifyGate>? logger = null) : IIdentifyGate
{
    // Discord counts the 5 s between arrivals, not sends: an Identify sent exactly 5 s after the previous one can
    // arrive inside the window and be refused with op 9. Half a second covers the difference in transit times.
    private static readonly TimeSpan Spacing = TimeSpan.FromSeconds(5.5);
    private readonly ILogger _logger = logger ?? NullLogger<InProcessIdentifyGate>.Instance;
    private readonly Dictionary<int, DateTimeOffset> _next = [];
    private readonly Lock _lock = new();
    private int? _remaining;
    private DateTimeOffset _budgetResetAt;

    /// <summary>Identifies left before the budget resets, as far as this process knows; null before Discord said.</summary>
    public int? Remaining
    {
        get
        {
            lock (_lock)
            {
                return _remaining;
            }
        }
    }

    public void UseSessionStartLimit(SessionStartLimit limit)
    {
        lock (_lock)
        {
            _remaining = limit.Remaining;
            _budgetResetAt = time.GetUtcNow() + TimeSpan.FromMilliseconds(limit.ResetAfter);
        }
    }

    public async Task WaitAsync(int shardId, int maxConcurrency, CancellationToken cancellationToken)
    {
        await WaitForBudgetAsync(shardId, cancellationToken);
        var key = shardId % Math.Max(1, maxConcurrency);
        TimeSpan wait;
        lock (_lock)
        {
            var now = time.GetUtcNow();
            var slot = _next.TryGetValue(key, out var next) && next > now ? next : now;
            _next[key] = slot + Spacing;
            wait = slot - now;
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    /// <summary>Takes one Identify from the budget, waiting for its reset when none is left.</summary>
    private async Task WaitForBudgetAsync(int shardId, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = time.GetUtcNow();
                if (_remaining is null || _remaining > 0)
                {
                    _remaining--;
                    return;
                }

                if (now >= _budgetResetAt)
                {
                    // A new day of budget; its real size arrives with the next /gateway/bot, this one Identify is safe.
                    _remaining = null;
                    return;
                }

                wait = _budgetResetAt - now;
            }

            GatewayLog.IdentifyBudgetExhausted(_logger, shardId, (long)wait.TotalSeconds);
            await Task.Delay(wait, time, cancellationToken);
        }
    }
}

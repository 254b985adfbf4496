namespace PteroPulse.Discord.Gateway;

/// <summary>
/// Paces Identify calls: at most <c>max_concurrency</c> per 5 seconds, keyed by <c>shard_id % max_concurrency</c>.
/// A shared (Redis) gate can replace the in-process one when several processes identify with one token.
/// </summary>
public interface IIdentifyGate
{
    Task WaitAsync(int shardId, int maxConcurrency, CancellationToken cancellationToken);
}

/// <summary>One Identify per rate-limit key every 5 seconds, in this process.</summary>
public sealed class InProcessIdentifyGate(TimeProvider time) : IIdentifyGate
{
    private static readonly TimeSpan Spacing = TimeSpan.FromSeconds(5);
    private readonly Dictionary<int, DateTimeOffset> _next = [];
    private readonly Lock _lock = new();

    public async Task WaitAsync(int shardId, int maxConcurrency, CancellationToken cancellationToken)
    {
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
}

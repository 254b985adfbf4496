using System.Collections.Concurrent;

namespace PteroPulse.Discord.Interactions;

/// <summary>
/// Remembers interaction ids for 15 minutes (their tokens' lifetime) so one delivered twice (a replay after
/// Resume, a retried HTTP POST) is handled once.
/// </summary>
public sealed class InteractionDeduplicator(TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);
    private readonly ConcurrentDictionary<ulong, DateTimeOffset> _seen = new();
    private DateTimeOffset _nextPrune = DateTimeOffset.MinValue;

    /// <summary>True the first time an id is seen; false for repeats.</summary>
    public bool TryClaim(ulong interactionId)
    {
        var now = time.GetUtcNow();
        if (now >= _nextPrune)
        {
            _nextPrune = now + TimeSpan.FromMinutes(1);
            foreach (var (id, seenAt) in _seen)
            {
                if (now - seenAt > Lifetime)
                {
                    _seen.TryRemove(id, out _);
                }
            }
        }

        return _seen.TryAdd(interactionId, now);
    }
}

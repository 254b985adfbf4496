namespace PteroPulse.Discord.Rest.RateLimits;

/// <summary>
/// The bot-wide limit (50 per second). A request occupies its slot from sending until one second after its answer
/// arrived: Discord counts a request when it arrives, which can be much later than when it was sent (new
/// connections, a slow first request), and never later than when its answer came back. So no one-second span on
/// Discord's side can hold more than the limit, whatever window Discord counts in. A global 429 pauses everything.
/// </summary>
internal sealed class GlobalRateLimiter(TimeProvider time, int perSecond)
{
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(1010);

    private readonly List<Slot> _slots = [];
    private readonly Lock _lock = new();
    private DateTimeOffset _pausedUntil;
    private TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async ValueTask<Slot> AcquireAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan? wait;
            Task released;
            lock (_lock)
            {
                var now = time.GetUtcNow();
                _slots.RemoveAll(s => s.AnsweredAt is { } answered && now - answered >= Window);
                released = _released.Task;
                if (now < _pausedUntil)
                {
                    wait = _pausedUntil - now;
                }
                else if (_slots.Count < perSecond)
                {
                    var slot = new Slot(this);
                    _slots.Add(slot);
                    return slot;
                }
                else
                {
                    // The earliest answered slot frees first; with every slot still in flight, wait for an answer.
                    var earliest = _slots.Where(s => s.AnsweredAt is not null).Select(s => s.AnsweredAt!.Value).DefaultIfEmpty().Min();
                    wait = earliest == default ? null : earliest + Window - now;
                }
            }

            if (wait is { } delay)
            {
                await Task.Delay(delay, time, cancellationToken);
            }
            else
            {
                await released.WaitAsync(cancellationToken);
            }
        }
    }

    public void PauseFor(TimeSpan duration)
    {
        lock (_lock)
        {
            var until = time.GetUtcNow() + duration;
            if (until > _pausedUntil)
            {
                _pausedUntil = until;
            }
        }
    }

    private void Release(Slot slot)
    {
        TaskCompletionSource released;
        lock (_lock)
        {
            slot.AnsweredAt ??= time.GetUtcNow();
            released = _released;
            _released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        released.TrySetResult();
    }

    /// <summary>One request's place in the global window; release it when the answer (or the failure) arrives.</summary>
    internal sealed class Slot(GlobalRateLimiter owner)
    {
        public DateTimeOffset? AnsweredAt { get; set; }

        public void Release() => owner.Release(this);
    }
}

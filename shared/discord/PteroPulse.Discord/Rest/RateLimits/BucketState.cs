namespace PteroPulse.Discord.Rest.RateLimits;

/// <summary>
/// What we know about one bucket for one major parameter. <see cref="Remaining"/> is decremented when a request is
/// reserved, so requests of different routes sharing the bucket cannot overdraw it while they are in flight.
/// </summary>
internal sealed class BucketState
{
    // Responses of one window carry resets within a few milliseconds of each other; a later one starts a new window.
    private static readonly TimeSpan SameWindow = TimeSpan.FromMilliseconds(100);

    // Discord rounds Reset-After to the millisecond; waiting a few more keeps a rounded-down value from sending early.
    private static readonly TimeSpan RoundingMargin = TimeSpan.FromMilliseconds(5);

    private DateTimeOffset _refilledFor = DateTimeOffset.MinValue;
    private double? _window;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Lock Sync { get; } = new();
    public int? Limit { get; private set; }
    public int Remaining { get; private set; } = 1;
    public DateTimeOffset ResetAt { get; private set; } = DateTimeOffset.MinValue;
    public int InFlight { get; private set; }

    /// <summary>Completes when a response updates the bucket; waiters with nothing else to wait on use it.</summary>
    public Task Changed => _changed.Task;

    /// <summary>Takes one request from the bucket, or says how long to wait. Call under <see cref="Sync"/>.</summary>
    public TimeSpan? TryReserve(DateTimeOffset now)
    {
        if (now >= ResetAt && Limit is { } limit && _refilledFor != ResetAt)
        {
            // The window is over: a full bucket, once, until a response tells us about the new window.
            Remaining = Math.Max(Remaining, limit - InFlight);
            _refilledFor = ResetAt;
        }

        if (Remaining > 0 || (ResetAt <= now && InFlight == 0))
        {
            // The second case: the window is over and no response will arrive to say more, so probe with one request.
            Remaining = Math.Max(0, Remaining - 1);
            InFlight++;
            return null;
        }

        // Zero means: wait for an in-flight response to tell us about the new window.
        return ResetAt > now ? ResetAt - now : TimeSpan.Zero;
    }

    /// <summary>Gives back a reservation whose request never got an answer. Call under <see cref="Sync"/>.</summary>
    public void Cancel(bool refund)
    {
        InFlight = Math.Max(0, InFlight - 1);
        if (refund)
        {
            Remaining++;
        }

        Signal();
    }

    /// <summary>Applies a response's headers. Call under <see cref="Sync"/>.</summary>
    public void Update(RateLimitResponse response, bool wasReservedHere)
    {
        if (wasReservedHere)
        {
            InFlight = Math.Max(0, InFlight - 1);
        }

        if (response.Limit is { } limit)
        {
            Limit = limit;
        }

        if (response is { Remaining: { } remaining, ResetAfter: { } resetAfter })
        {
            // Every local estimate (arrival + Reset-After) is at or after the true reset, because the server computed
            // Reset-After before answering; within one window the smallest estimate is the most accurate.
            var resetAt = response.ReceivedAt + resetAfter + RoundingMargin;
            var serverRemaining = Math.Max(0, remaining - InFlight);
            switch (CompareWindow(response.Reset, resetAt))
            {
                case > 0:
                    Remaining = serverRemaining;
                    ResetAt = resetAt;
                    _window = response.Reset;
                    break;
                case 0:
                    Remaining = Math.Min(Remaining, serverRemaining);
                    ResetAt = resetAt < ResetAt ? resetAt : ResetAt;
                    break;
                default:
                    // An answer from a window that has already ended: it says nothing about the current one.
                    break;
            }
        }

        if (response is { IsRateLimited: true, IsGlobal: false, RetryAfter: { } retryAfter })
        {
            // Retry-After wins over the bucket headers (a shared limit can say Remaining > 0 and still refuse).
            Remaining = 0;
            var until = response.ReceivedAt + retryAfter + RoundingMargin;
            ResetAt = until > ResetAt ? until : ResetAt;
        }

        Signal();
    }

    /// <summary>Positive: a newer window; 0: the current one; negative: an older one.</summary>
    private int CompareWindow(double? reset, DateTimeOffset resetAt)
    {
        if (reset is { } id && _window is { } current)
        {
            // Discord writes the reset with millisecond precision.
            return id > current + 0.0005 ? 1 : id >= current - 0.0005 ? 0 : -1;
        }

        return resetAt > ResetAt + SameWindow ? 1 : resetAt >= ResetAt - SameWindow ? 0 : -1;
    }

    private void Signal()
    {
        var previous = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        previous.TrySetResult();
    }
}

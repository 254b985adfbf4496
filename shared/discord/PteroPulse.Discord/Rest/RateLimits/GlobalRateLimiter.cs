namespace PteroPulse.Discord.Rest.RateLimits;

/// <summary>
/// The bot-wide limit (50 per second), as a sliding log of send times: no one-second span ever holds more than the
/// limit, whatever window the server counts in. A global 429 pauses it for the time Discord asks.
/// </summary>
internal sealed class GlobalRateLimiter(TimeProvider time, int perSecond)
{
    // A little longer than a second: requests sent exactly a second apart can still land inside one server window.
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(1050);

    private readonly Queue<DateTimeOffset> _sent = new();
    private readonly Lock _lock = new();
    private DateTimeOffset _pausedUntil;

    public async ValueTask AcquireAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = time.GetUtcNow();
                while (_sent.Count > 0 && now - _sent.Peek() >= Window)
                {
                    _sent.Dequeue();
                }

                if (now < _pausedUntil)
                {
                    wait = _pausedUntil - now;
                }
                else if (_sent.Count < perSecond)
                {
                    _sent.Enqueue(now);
                    return;
                }
                else
                {
                    wait = _sent.Peek() + Window - now;
                }
            }

            await Task.Delay(wait, time, cancellationToken);
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
}

using PteroPulse.Emulators.Discord.Hosting;

namespace PteroPulse.Emulators.Discord.RateLimiting;

/// <summary>
/// Counts 401, 403 and non-shared 429 responses over a rolling 10 minutes, as Cloudflare does; past the threshold
/// the emulator answers like a temporary IP ban.
/// </summary>
public sealed class InvalidRequestCounter(DiscordEmulatorOptions options, EmulatorClock clock)
{
    private static readonly TimeSpan Period = TimeSpan.FromMinutes(10);
    private readonly Lock _gate = new();
    private readonly Queue<DateTimeOffset> _times = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                Trim();
                return _times.Count;
            }
        }
    }

    public bool Banned => Count >= options.RateLimits.InvalidRequestBanThreshold;

    public void Record(int status, string? scope)
    {
        if (status is 401 or 403 || (status == 429 && scope != "shared"))
        {
            lock (_gate)
            {
                _times.Enqueue(clock.GetUtcNow());
            }
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _times.Clear();
        }
    }

    private void Trim()
    {
        var cutoff = clock.GetUtcNow() - Period;
        while (_times.TryPeek(out var oldest) && oldest < cutoff)
        {
            _times.Dequeue();
        }
    }
}

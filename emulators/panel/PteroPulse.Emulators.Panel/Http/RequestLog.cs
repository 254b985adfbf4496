using System.Collections.Concurrent;

namespace PteroPulse.Emulators.Panel.Http;

/// <summary>What the emulator answered, for tests and benchmarks (429 counts, requests per minute).</summary>
public sealed class RequestLog(int capacity)
{
    private readonly ConcurrentQueue<LoggedRequest> _entries = new();
    private long _total;
    private long _throttled;
    private int _inFlight;
    private int _waiting;

    public long Total => Interlocked.Read(ref _total);

    public long Throttled => Interlocked.Read(ref _throttled);

    /// <summary>Requests being answered right now; a test driving a fake clock waits for zero.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>Requests in flight that are not waiting on the clock (a dead node's delay): work a fake clock must let finish.</summary>
    public int Busy => Volatile.Read(ref _inFlight) - Volatile.Read(ref _waiting);

    public IReadOnlyList<LoggedRequest> Entries => [.. _entries];

    /// <summary>Waits on the emulator's clock, counted as not busy meanwhile.</summary>
    public async Task DelayAsync(TimeSpan delay, TimeProvider time, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _waiting);
        try
        {
            await Task.Delay(delay, time, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    public void Started() => Interlocked.Increment(ref _inFlight);

    public void Finished(LoggedRequest request)
    {
        Interlocked.Decrement(ref _inFlight);
        Interlocked.Increment(ref _total);
        if (request.Status == 429)
        {
            Interlocked.Increment(ref _throttled);
        }

        _entries.Enqueue(request);
        while (_entries.Count > capacity && _entries.TryDequeue(out _))
        {
        }
    }

    public void Clear()
    {
        _entries.Clear();
        Interlocked.Exchange(ref _total, 0);
        Interlocked.Exchange(ref _throttled, 0);
    }
}

public sealed record LoggedRequest(DateTimeOffset At, string Method, string Path, int Status);

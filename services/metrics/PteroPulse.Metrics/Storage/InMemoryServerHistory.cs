using PteroPulse.Contracts;

namespace PteroPulse.Metrics.Storage;

/// <summary>One server's history in process memory; the in-memory store locks it around every use.</summary>
internal sealed class InMemoryServerHistory
{
    private readonly SortedList<long, ServerSample> _samples = [];
    private readonly SortedDictionary<long, MinuteAggregate> _minutes = [];

    public DateTimeOffset LastWrite { get; private set; }

    /// <summary>Mirrors the Redis append script step by step, so both stores behave alike.</summary>
    public int Append(ServerSample sample, int historyLength, DateTimeOffset now)
    {
        var at = sample.SampledAt.ToUnixTimeMilliseconds();
        _samples[at] = sample;
        while (_samples.Count > historyLength)
        {
            _samples.RemoveAt(0);
        }

        var minute = HourWindow.MinuteOf(at);
        var offset = HourWindow.OffsetInMinute(at);
        if (_minutes.TryGetValue(minute, out var bucket))
        {
            if (!bucket.Counted(offset))
            {
                _minutes[minute] = bucket.Add(offset, sample.CpuPercent, sample.MemoryBytes);
            }
        }
        else
        {
            _minutes[minute] = MinuteAggregate.First(minute, offset, sample.CpuPercent, sample.MemoryBytes);
            var oldest = HourWindow.OldestKept(minute);
            foreach (var stale in _minutes.Keys.Where(m => m < oldest).ToList())
            {
                _minutes.Remove(stale);
            }
        }

        LastWrite = now;
        return _samples.Count;
    }

    public IReadOnlyList<MetricPoint> Recent() =>
    [
        .. _samples.Values.Select(s => new MetricPoint
        {
            At = DateTimeOffset.FromUnixTimeMilliseconds(s.SampledAt.ToUnixTimeMilliseconds()),
            CpuPercent = s.CpuPercent,
            CpuMaxPercent = s.CpuPercent,
            MemoryBytes = s.MemoryBytes,
            MemoryMaxBytes = s.MemoryBytes,
        }),
    ];

    public IReadOnlyList<MetricPoint> Hour(long oldestMinute) =>
        [.. _minutes.Values.Where(m => m.Minute >= oldestMinute).Select(m => m.ToPoint())];
}

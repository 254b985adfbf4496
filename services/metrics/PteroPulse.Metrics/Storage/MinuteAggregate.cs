using PteroPulse.Contracts;

namespace PteroPulse.Metrics.Storage;

/// <summary>
/// The samples of one minute folded into sums and maxima. <see cref="Offsets"/> remembers which sampled-at
/// milliseconds were counted, so a redelivered sample is never counted twice (the in-memory store's copy; Redis keeps
/// them in a field of their own and reads back aggregates only, with <see cref="Offsets"/> empty).
/// </summary>
internal sealed record MinuteAggregate(long Minute, int Count, double CpuSum, double CpuMax, double MemorySum, long MemoryMax, IReadOnlyList<long> Offsets)
{
    public static MinuteAggregate First(long minute, long offset, double cpu, long memory) =>
        new(minute, 1, cpu, cpu, memory, memory, [offset]);

    public bool Counted(long offset) => Offsets.Contains(offset);

    public MinuteAggregate Add(long offset, double cpu, long memory) =>
        new(Minute, Count + 1, CpuSum + cpu, Math.Max(CpuMax, cpu), MemorySum + memory, Math.Max(MemoryMax, memory), [.. Offsets, offset]);

    public MetricPoint ToPoint() => new()
    {
        At = HourWindow.StartOf(Minute),
        CpuPercent = CpuSum / Count,
        CpuMaxPercent = CpuMax,
        MemoryBytes = (long)Math.Round(MemorySum / Count),
        MemoryMaxBytes = MemoryMax,
    };
}

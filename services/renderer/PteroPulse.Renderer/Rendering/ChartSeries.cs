using PteroPulse.Contracts;

namespace PteroPulse.Renderer.Rendering;

/// <summary>The points of a graph turned into plot coordinates and scales: the pure arithmetic, apart from drawing.</summary>
public sealed record ChartSeries(
    double[] SecondsAgo,
    double[] Cpu,
    double[] Memory,
    TimeAxis Time,
    AxisScale CpuScale,
    AxisScale MemoryScale,
    MemoryUnit Unit,
    double? MemoryLimit,
    double[]? CpuPeak)
{
    public static ChartSeries From(GraphData data, IReadOnlyList<MetricPoint> ordered)
    {
        var newest = ordered[^1].At;
        var secondsAgo = ordered.Select(p => (p.At - newest).TotalSeconds).ToArray();
        var cpu = ordered.Select(p => p.CpuPercent).ToArray();
        var largestMemory = Math.Max(ordered.Max(p => Math.Max(p.MemoryBytes, p.MemoryMaxBytes)), data.MemoryLimitBytes);
        var unit = MemoryUnit.For(largestMemory);
        var memory = ordered.Select(p => unit.From(p.MemoryBytes)).ToArray();
        var limit = data.MemoryLimitBytes > 0 ? unit.From(data.MemoryLimitBytes) : (double?)null;

        // Hour points average a minute; their peaks show what the average smooths away.
        var peak = ordered.Any(p => p.CpuMaxPercent > p.CpuPercent)
            ? ordered.Select(p => Math.Max(p.CpuMaxPercent, p.CpuPercent)).ToArray()
            : null;

        return new ChartSeries(
            secondsAgo,
            cpu,
            memory,
            TimeAxis.For(-secondsAgo[0], data.Window),
            AxisScale.ForCpu(ordered.Max(p => Math.Max(p.CpuPercent, p.CpuMaxPercent)), data.CpuLimitPercent),
            AxisScale.ForMemory(unit.From(largestMemory), limit ?? 0),
            unit,
            limit,
            peak);
    }
}

using PteroPulse.Contracts;
using PteroPulse.Renderer.Rendering;

namespace PteroPulse.Benchmarks;

/// <summary>The graphs the benchmarks draw and the README shows; the matplotlib script draws the same "minute" one.</summary>
public static class SampleGraphs
{
    private static readonly DateTimeOffset Newest = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Six samples 10 s apart, a 4-core and 4 GiB limit: the everyday embed graph.</summary>
    public static GraphData Minute { get; } = new()
    {
        ServerName = "Survival SMP",
        State = ServerPowerState.Running,
        Points = Raw([(112, 2.1), (186, 2.3), (154, 2.4), (241, 2.9), (198, 3.1), (167, 3.0)]),
        CpuLimitPercent = 400,
        MemoryLimitBytes = 4L << 30,
    };

    public static GraphData Unicode { get; } = Minute with
    {
        ServerName = "🎮 我的世界 サーバー — Ünïcödé ⚔️",
        State = ServerPowerState.Starting,
        Points = Raw([(5, 0.4), (35, 0.6), (88, 0.9), (97, 1.1), (64, 1.2), (71, 1.2)]),
        CpuLimitPercent = 0,
        MemoryLimitBytes = 0,
    };

    public static GraphData Hour { get; } = new()
    {
        ServerName = "Valheim dedicated",
        State = ServerPowerState.Running,
        Points = [.. Enumerable.Range(0, 60).Select(HourPoint)],
        CpuLimitPercent = 200,
        MemoryLimitBytes = 6L << 30,
        Window = HistoryWindow.LastHour,
    };

    public static GraphData CollectingData { get; } = new()
    {
        ServerName = "Fresh server",
        State = ServerPowerState.Offline,
        Points = [],
    };

    public static IReadOnlyDictionary<string, GraphData> All { get; } = new Dictionary<string, GraphData>
    {
        ["graph-minute"] = Minute,
        ["graph-unicode"] = Unicode,
        ["graph-hour"] = Hour,
        ["graph-collecting-data"] = CollectingData,
    };

    public static IReadOnlyList<MetricPoint> Raw(IReadOnlyList<(double Cpu, double MemoryGiB)> values) =>
    [
        .. values.Select((v, i) => new MetricPoint
        {
            At = Newest.AddSeconds((i - values.Count + 1) * 10),
            CpuPercent = v.Cpu,
            CpuMaxPercent = v.Cpu,
            MemoryBytes = (long)(v.MemoryGiB * (1L << 30)),
            MemoryMaxBytes = (long)(v.MemoryGiB * (1L << 30)),
        }),
    ];

    private static MetricPoint HourPoint(int i)
    {
        var cpu = 60 + (40 * Math.Sin(i / 6.0)) + (i % 7 * 4);
        var memory = (2.5 + (i / 40.0) + (0.3 * Math.Sin(i / 9.0))) * (1L << 30);
        return new MetricPoint
        {
            At = Newest.AddMinutes(i - 59),
            CpuPercent = cpu,
            CpuMaxPercent = cpu * 1.3,
            MemoryBytes = (long)memory,
            MemoryMaxBytes = (long)(memory * 1.05),
        };
    }
}

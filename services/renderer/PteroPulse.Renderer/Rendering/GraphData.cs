using PteroPulse.Contracts;

namespace PteroPulse.Renderer.Rendering;

/// <summary>What one graph shows: a server's points (any order) and what is known about its limits.</summary>
public sealed record GraphData
{
    public required string ServerName { get; init; }

    public required ServerPowerState State { get; init; }

    public required IReadOnlyList<MetricPoint> Points { get; init; }

    /// <summary>Percent of one core; 0 means unlimited.</summary>
    public double CpuLimitPercent { get; init; }

    /// <summary>0 means unlimited.</summary>
    public long MemoryLimitBytes { get; init; }

    public HistoryWindow Window { get; init; } = HistoryWindow.LastMinute;

    public static GraphData From(RenderServerGraph request) => new()
    {
        ServerName = request.ServerName,
        State = request.State,
        Points = request.Points,
        CpuLimitPercent = request.CpuLimitPercent,
        MemoryLimitBytes = request.MemoryLimitBytes,
        Window = request.Window,
    };
}

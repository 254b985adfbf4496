namespace PteroPulse.Contracts;

/// <summary>
/// Request: draw a server's history as a PNG. Sent by discord-gateway; answered by renderer with
/// <see cref="ServerGraphRendered"/>. Any renderer replica may answer (competing consumers).
/// </summary>
public sealed record RenderServerGraph
{
    public required string ServerId { get; init; }

    public required string ServerName { get; init; }

    public required ServerPowerState State { get; init; }

    public required IReadOnlyList<MetricPoint> Points { get; init; }

    /// <summary>Percent of one core; 0 means unlimited.</summary>
    public double CpuLimitPercent { get; init; }

    /// <summary>0 means unlimited.</summary>
    public long MemoryLimitBytes { get; init; }

    public HistoryWindow Window { get; init; } = HistoryWindow.LastMinute;
}

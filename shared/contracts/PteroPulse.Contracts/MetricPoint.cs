namespace PteroPulse.Contracts;

/// <summary>
/// One point of a server's history. Raw samples have average = max; hour points carry both.
/// </summary>
public sealed record MetricPoint
{
    public required DateTimeOffset At { get; init; }

    /// <summary>Percent of one core.</summary>
    public required double CpuPercent { get; init; }

    public required long MemoryBytes { get; init; }

    public double CpuMaxPercent { get; init; }

    public long MemoryMaxBytes { get; init; }
}

namespace PteroPulse.Contracts;

/// <summary>Response to <see cref="GetServerHistory"/>, from metrics: points oldest first.</summary>
public sealed record ServerHistory
{
    public required string ServerId { get; init; }

    public required HistoryWindow Window { get; init; }

    public required IReadOnlyList<MetricPoint> Points { get; init; }
}

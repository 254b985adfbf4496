namespace PteroPulse.Contracts;

/// <summary>Event: metrics stored a sample. Published by metrics; no consumer is required (tests and dashboards use it).</summary>
public sealed record ServerMetricsRecorded
{
    public required string ServerId { get; init; }

    public required DateTimeOffset SampledAt { get; init; }

    public required int StoredSamples { get; init; }
}

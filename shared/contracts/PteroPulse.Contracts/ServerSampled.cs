namespace PteroPulse.Contracts;

/// <summary>
/// Event: the poller took a sample. Published by poller for every sample; consumed by metrics (history).
/// </summary>
public sealed record ServerSampled
{
    public required ServerSample Sample { get; init; }
}

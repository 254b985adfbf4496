namespace PteroPulse.Contracts;

/// <summary>Response to <see cref="SendPowerSignal"/>: the panel took the signal (the state changes later).</summary>
public sealed record PowerSignalAccepted
{
    public required string ServerId { get; init; }

    public required PowerSignal Signal { get; init; }

    public required DateTimeOffset AcceptedAt { get; init; }
}

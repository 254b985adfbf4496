namespace PteroPulse.Contracts;

/// <summary>Response to <see cref="SendPowerSignal"/>: the signal was not carried out, and why.</summary>
public sealed record PowerSignalRejected
{
    public required string ServerId { get; init; }

    public required PowerSignal Signal { get; init; }

    public required PowerSignalRejection Reason { get; init; }

    /// <summary>The panel's own words where it gave any, fit to show to a user.</summary>
    public required string Detail { get; init; }
}

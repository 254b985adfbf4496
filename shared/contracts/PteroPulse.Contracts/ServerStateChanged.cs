namespace PteroPulse.Contracts;

/// <summary>
/// Event: a status embed must change. Published by poller through its update policy; consumed by discord-gateway
/// (embed edits, alerts).
/// </summary>
public sealed record ServerStateChanged
{
    public required ServerSample Current { get; init; }

    public required ServerPowerState PreviousState { get; init; }

    public required StateChangeReason Reason { get; init; }

    public required DateTimeOffset ObservedAt { get; init; }

    /// <summary>When the server became unreachable, while it is; null otherwise.</summary>
    public DateTimeOffset? UnreachableSince { get; init; }

    /// <summary>True when the bot itself sent the power signal that led here (so a stop is not a crash).</summary>
    public bool CausedByPowerSignal { get; init; }
}

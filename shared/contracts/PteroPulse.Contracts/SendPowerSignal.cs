namespace PteroPulse.Contracts;

/// <summary>
/// Request: send a power signal to a server. Sent by discord-gateway after the role check; answered by poller with
/// <see cref="PowerSignalAccepted"/> or <see cref="PowerSignalRejected"/>.
/// </summary>
public sealed record SendPowerSignal
{
    public required string ServerId { get; init; }

    public required PowerSignal Signal { get; init; }

    /// <summary>Who asked, for the audit trail (a Discord user id), never a secret.</summary>
    public string? RequestedBy { get; init; }
}

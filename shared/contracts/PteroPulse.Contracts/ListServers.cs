namespace PteroPulse.Contracts;

/// <summary>Request: which servers can the panel key see? Sent by discord-gateway; answered by poller with <see cref="ServerList"/>.</summary>
public sealed record ListServers
{
    /// <summary>When true the poller asks the panel again instead of answering from its last list.</summary>
    public bool Refresh { get; init; }
}

namespace PteroPulse.Discord.Gateway;

/// <summary>Why one connection of a shard ended, which decides how (and whether) the next one starts.</summary>
internal sealed record GatewaySessionEnd(GatewaySessionEndKind Kind, bool ReachedReady, int? CloseCode = null, string? Reason = null, bool Resumable = true);

internal enum GatewaySessionEndKind
{
    /// <summary>The host is stopping; the session was closed with 1000.</summary>
    Stopped,

    /// <summary>The server closed with a code.</summary>
    Closed,

    /// <summary>Op 7: reconnect and resume now.</summary>
    Reconnect,

    /// <summary>Op 9; <see cref="GatewaySessionEnd.Resumable"/> is its <c>d</c>.</summary>
    InvalidSession,

    /// <summary>A heartbeat went unacknowledged.</summary>
    Zombie,

    /// <summary>The connection failed or dropped without a close frame.</summary>
    Dropped,
}

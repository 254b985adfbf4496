namespace PteroPulse.Discord.Gateway;

public enum GatewayShardState
{
    Disconnected,
    Connecting,
    Identifying,
    Resuming,
    Ready,
    Stopped,

    /// <summary>Closed with a fatal code (bad token, intents, sharding); not reconnecting.</summary>
    Failed,
}

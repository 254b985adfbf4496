namespace PteroPulse.Emulators.Discord.Hosting;

/// <summary>The emulator's log lines. Tokens and payloads are never logged, only ids and codes.</summary>
public static partial class EmulatorLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Error, Message = "Emulator failure on {Route}")]
    public static partial void EmulatorFailure(this ILogger logger, Exception exception, string route);

    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "Gateway session {SessionId} identified on shard {ShardId}/{ShardCount} with intents {Intents}")]
    public static partial void SessionIdentified(this ILogger logger, string sessionId, int shardId, int shardCount, long intents);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Information, Message = "Gateway session {SessionId} resumed after seq {Seq}")]
    public static partial void SessionResumed(this ILogger logger, string sessionId, int seq);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Information, Message = "Gateway connection closed by the emulator with {CloseCode}")]
    public static partial void ConnectionClosed(this ILogger logger, int closeCode);

    [LoggerMessage(EventId = 5201, Level = LogLevel.Information, Message = "Interaction {InteractionId} of type {Type} delivered: {Delivered} {Problem}")]
    public static partial void InteractionDelivered(this ILogger logger, ulong interactionId, int type, bool delivered, string? problem);

    [LoggerMessage(EventId = 5202, Level = LogLevel.Warning, Message = "Interactions endpoint accepted a bad signature and is now disabled")]
    public static partial void EndpointAcceptedBadSignature(this ILogger logger);
}

using Microsoft.Extensions.Logging;

namespace PteroPulse.Discord.Gateway;

internal static partial class GatewayLog
{
    [LoggerMessage(EventId = 5201, Level = LogLevel.Information, Message = "Gateway shard {ShardId} connecting ({Mode})")]
    public static partial void Connecting(ILogger logger, int shardId, string mode);

    [LoggerMessage(EventId = 5202, Level = LogLevel.Information, Message = "Gateway shard {ShardId} ready with {GuildCount} guilds")]
    public static partial void Ready(ILogger logger, int shardId, int guildCount);

    [LoggerMessage(EventId = 5203, Level = LogLevel.Information, Message = "Gateway shard {ShardId} resumed")]
    public static partial void Resumed(ILogger logger, int shardId);

    [LoggerMessage(EventId = 5204, Level = LogLevel.Warning, Message = "Gateway shard {ShardId} disconnected ({Reason}); reconnecting in {DelayMs} ms with {Mode}")]
    public static partial void Reconnecting(ILogger logger, int shardId, string reason, long delayMs, string mode);

    [LoggerMessage(EventId = 5205, Level = LogLevel.Warning, Message = "Gateway shard {ShardId}: heartbeat not acknowledged, closing the zombie connection")]
    public static partial void Zombie(ILogger logger, int shardId);

    [LoggerMessage(EventId = 5206, Level = LogLevel.Critical, Message = "Gateway shard {ShardId} stopped for good: {Explanation}")]
    public static partial void Fatal(ILogger logger, int shardId, string explanation);

    [LoggerMessage(EventId = 5207, Level = LogLevel.Information, Message = "Gateway shard {ShardId} closed the session (1000)")]
    public static partial void Closed(ILogger logger, int shardId);

    [LoggerMessage(EventId = 5208, Level = LogLevel.Error, Message = "Gateway event handler {Handler} failed on {Event}")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string handler, string @event);

    [LoggerMessage(EventId = 5209, Level = LogLevel.Warning, Message = "Gateway shard {ShardId}: unreadable payload skipped")]
    public static partial void BadPayload(ILogger logger, Exception exception, int shardId);

    [LoggerMessage(EventId = 5211, Level = LogLevel.Information, Message = "Discord recommends {Shards} shards; {Remaining} of {Total} identifies left today, {MaxConcurrency} at a time")]
    public static partial void SessionStartLimit(ILogger logger, int shards, int remaining, int total, int maxConcurrency);

    [LoggerMessage(EventId = 5212, Level = LogLevel.Warning, Message = "GET /gateway/bot failed ({Reason}); asking again in {DelayMs} ms")]
    public static partial void GatewayInfoUnavailable(ILogger logger, string reason, long delayMs);

    [LoggerMessage(EventId = 5213, Level = LogLevel.Critical, Message = "Gateway shard {ShardId}: the daily identify budget is used up; waiting {WaitSeconds} s for it to reset instead of risking a token reset")]
    public static partial void IdentifyBudgetExhausted(ILogger logger, int shardId, long waitSeconds);

    [LoggerMessage(EventId = 5210, Level = LogLevel.Debug, Message = "Gateway shard {ShardId}: interaction {InteractionId} delivered again; dropped")]
    public static partial void DuplicateInteraction(ILogger logger, int shardId, ulong interactionId);
}

namespace PteroPulse.DiscordGateway.Logging;

/// <summary>The discord-gateway's repeated log lines. Never a token, never a raw payload.</summary>
internal static partial class GatewayLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Debug, Message = "Edited status embed {MessageId} of server {ServerId} in channel {ChannelId}")]
    public static partial void EmbedEdited(ILogger logger, ulong messageId, string serverId, ulong channelId);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Status message {MessageId} of server {ServerId} was deleted; forgetting its location")]
    public static partial void MessageGone(ILogger logger, ulong messageId, string serverId);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Channel {ChannelId} is gone; forgot {Count} status embed(s) in it")]
    public static partial void ChannelGone(ILogger logger, ulong channelId, int count);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "No access to channel {ChannelId} (Discord code {Code}); status embed of server {ServerId} paused until /refresh_embeds")]
    public static partial void AccessLost(ILogger logger, ulong channelId, string serverId, int code);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Information, Message = "Status message {OldMessageId} of server {ServerId} hit the old-message edit limit; reposted as {NewMessageId}")]
    public static partial void Reposted(ILogger logger, ulong oldMessageId, string serverId, ulong newMessageId);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Warning, Message = "Editing status embed {MessageId} of server {ServerId} failed; the next change tries again")]
    public static partial void EditFailed(ILogger logger, Exception exception, ulong messageId, string serverId);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Warning, Message = "No {What} for server {ServerId} within {Timeout}; updating the embed without a new graph")]
    public static partial void GraphSkipped(ILogger logger, string what, string serverId, TimeSpan timeout);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Information, Message = "Alert for server {ServerId}: {Kind} {Transition}")]
    public static partial void AlertRaised(ILogger logger, string serverId, string kind, string transition);

    [LoggerMessage(EventId = 4009, Level = LogLevel.Warning, Message = "Posting to channel {ChannelId} failed")]
    public static partial void PostFailed(ILogger logger, Exception exception, ulong channelId);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Information, Message = "Member {UserId} pressed {Action} on server {ServerId}: {Outcome}")]
    public static partial void PowerPressed(ILogger logger, ulong userId, string action, string serverId, string outcome);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Information, Message = "Reconciled embed locations: {Kept} kept, {Forgotten} forgotten, {Paused} paused")]
    public static partial void Reconciled(ILogger logger, int kept, int forgotten, int paused);

    [LoggerMessage(EventId = 4012, Level = LogLevel.Information, Message = "Posted status embed {MessageId} of server {ServerId} in channel {ChannelId}")]
    public static partial void EmbedPosted(ILogger logger, ulong messageId, string serverId, ulong channelId);

    [LoggerMessage(EventId = 4013, Level = LogLevel.Error, Message = "Updating the status embeds of server {ServerId} failed")]
    public static partial void UpdateFailed(ILogger logger, Exception exception, string serverId);
}

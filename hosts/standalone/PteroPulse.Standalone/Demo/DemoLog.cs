namespace PteroPulse.Standalone.Demo;

internal static partial class DemoLog
{
    [LoggerMessage(EventId = 9001, Level = LogLevel.Information, Message = "Demo chaos: {Event} on {Target}")]
    public static partial void Chaos(ILogger logger, string @event, string target);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Warning, Message = "Demo: the status embed of {ServerId} did not appear after /server_status (attempt {Attempt})")]
    public static partial void EmbedMissing(ILogger logger, string serverId, int attempt);

    [LoggerMessage(EventId = 9003, Level = LogLevel.Warning, Message = "Demo: the bot did not register its slash commands in time; no status embeds were posted")]
    public static partial void CommandsMissing(ILogger logger);
}

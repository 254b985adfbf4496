using Microsoft.Extensions.Logging;

namespace PteroPulse.Discord.Interactions;

internal static partial class InteractionLog
{
    [LoggerMessage(EventId = 5101, Level = LogLevel.Debug, Message = "Interaction {InteractionId} was delivered again; ignored")]
    public static partial void Duplicate(ILogger logger, ulong interactionId);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Error, Message = "Interaction {InteractionId} ({Handler}) failed")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, ulong interactionId, string handler);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Information, Message = "Interaction {InteractionId} ({Handler}) deferred automatically; the answer will edit the original response")]
    public static partial void AutoDeferred(ILogger logger, ulong interactionId, string handler);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Warning, Message = "Automatic defer of interaction {InteractionId} failed")]
    public static partial void AutoDeferFailed(ILogger logger, Exception exception, ulong interactionId);

    [LoggerMessage(EventId = 5105, Level = LogLevel.Warning, Message = "Interaction {InteractionId} ({Handler}) finished without answering; acknowledged for it")]
    public static partial void NoAnswer(ILogger logger, ulong interactionId, string handler);

    [LoggerMessage(EventId = 5106, Level = LogLevel.Warning, Message = "Could not tell the user that interaction {InteractionId} failed")]
    public static partial void FailureReplyFailed(ILogger logger, Exception exception, ulong interactionId);

    [LoggerMessage(EventId = 5107, Level = LogLevel.Warning, Message = "No handler for interaction {Handler}; the user was told")]
    public static partial void NoHandler(ILogger logger, string handler);

    [LoggerMessage(EventId = 5108, Level = LogLevel.Information, Message = "Registered {Count} application commands ({Scope})")]
    public static partial void CommandsRegistered(ILogger logger, int count, string scope);

    [LoggerMessage(EventId = 5109, Level = LogLevel.Information, Message = "Application commands ({Scope}) unchanged; not registered again")]
    public static partial void CommandsUnchanged(ILogger logger, string scope);

    [LoggerMessage(EventId = 5110, Level = LogLevel.Warning, Message = "Refused HTTP interaction: {Reason}")]
    public static partial void Refused(ILogger logger, string reason);
}

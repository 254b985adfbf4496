using Microsoft.Extensions.Logging;

namespace PteroPulse.Discord;

/// <summary>The library's repeated log lines. Never a token, key or raw payload in any of them.</summary>
internal static partial class DiscordLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "Discord REST {Route} failed ({Reason}); retry {Attempt}")]
    public static partial void RestRetrying(ILogger logger, string route, int attempt, string reason);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "Discord REST {Route} rate limited ({Scope}); waiting {RetryAfterSeconds} s")]
    public static partial void RestRateLimited(ILogger logger, string route, double retryAfterSeconds, string scope);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Error, Message = "Discord refused the bot token on {Route}; REST calls are stopped. Check Discord__Token")]
    public static partial void TokenRejected(ILogger logger, string route);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "{Count} Discord answers with 401/403/429 in the last 10 minutes; Discord bans the IP at {BanThreshold}")]
    public static partial void InvalidRequestsHigh(ILogger logger, long count, int banThreshold);
}

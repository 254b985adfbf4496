namespace PteroPulse.Metrics.Logging;

internal static partial class MetricsLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug, Message = "Server {ServerId} sample at {SampledAt} stored; {StoredSamples} samples kept")]
    public static partial void SampleRecorded(ILogger logger, string serverId, DateTimeOffset sampledAt, int storedSamples);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Server {ServerId} sample at {SampledAt} dropped: {Problem}")]
    public static partial void SampleRejected(ILogger logger, string serverId, DateTimeOffset sampledAt, string problem);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Redis connection to {Endpoint} lost ({FailureType}); samples wait and are retried")]
    public static partial void RedisConnectionLost(ILogger logger, string endpoint, string failureType);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "Redis connection to {Endpoint} restored")]
    public static partial void RedisConnectionRestored(ILogger logger, string endpoint);
}

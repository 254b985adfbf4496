using PteroPulse.Metrics.Logging;
using StackExchange.Redis;

namespace PteroPulse.Metrics.Storage;

/// <summary>Opens the one Redis multiplexer the process shares.</summary>
internal static class RedisConnection
{
    public static IConnectionMultiplexer Open(string connectionString, ILogger logger)
    {
        var options = ConfigurationOptions.Parse(connectionString);

        // Start even while Redis is down: readiness reports it, the client reconnects in the background, and
        // samples wait in the consumer's retry instead of the pod crash-looping.
        options.AbortOnConnectFail = false;
        options.ClientName ??= "pteropulse-metrics";

        var multiplexer = ConnectionMultiplexer.Connect(options);
        // Each endpoint has two sockets (commands and pub/sub); logging the command one says it once.
        multiplexer.ConnectionFailed += (_, e) =>
        {
            if (e.ConnectionType == ConnectionType.Interactive)
            {
                MetricsLog.RedisConnectionLost(logger, e.EndPoint?.ToString() ?? "?", e.FailureType.ToString());
            }
        };
        multiplexer.ConnectionRestored += (_, e) =>
        {
            if (e.ConnectionType == ConnectionType.Interactive)
            {
                MetricsLog.RedisConnectionRestored(logger, e.EndPoint?.ToString() ?? "?");
            }
        };
        return multiplexer;
    }
}

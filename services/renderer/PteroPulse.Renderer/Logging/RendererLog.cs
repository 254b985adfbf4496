namespace PteroPulse.Renderer.Logging;

internal static partial class RendererLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug, Message = "Server {ServerId} graph rendered: {Points} points, {Bytes} bytes in {ElapsedMs:F1} ms")]
    public static partial void GraphRendered(ILogger logger, string serverId, int points, int bytes, double elapsedMs);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Server {ServerId} graph request had {Points} points; drawing the newest {MaxPoints}")]
    public static partial void TooManyPoints(ILogger logger, string serverId, int points, int maxPoints);
}

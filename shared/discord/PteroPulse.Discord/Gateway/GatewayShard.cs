using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace PteroPulse.Discord.Gateway;

/// <summary>
/// One shard's session: connects, identifies or resumes, heartbeats, and reconnects as Discord's close codes and
/// opcodes ask, until the host stops (close 1000) or a fatal close code ends it with <see cref="GatewayFatalException"/>.
/// </summary>
internal sealed partial class GatewayShard(
    GatewayShardSettings settings,
    IGatewayConnectionFactory connections,
    IIdentifyGate identifyGate,
    TimeProvider time,
    ChannelWriter<GatewayEvent> events,
    ILogger logger)
{
    private static readonly TimeSpan HelloTimeout = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(5);

    private string? _sessionId;
    private string? _resumeUrl;
    // Written by the receive loop, read by the heartbeat loop: one long, read and written atomically; -1 = none yet.
    private long _lastSequence = -1;
    private volatile bool _acknowledged;
    private volatile bool _zombie;
    private long _heartbeatSentAt;

    public int ShardId => settings.ShardId;
    public GatewayShardState State { get; private set; } = GatewayShardState.Disconnected;

    /// <summary>Round trip of the last acknowledged heartbeat.</summary>
    public TimeSpan? Latency { get; private set; }

    private bool CanResume => _sessionId is not null && _resumeUrl is not null && Sequence is not null;

    private int? Sequence => Interlocked.Read(ref _lastSequence) is var value and >= 0 ? (int)value : null;

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var end = await RunConnectionAsync(CanResume, stoppingToken);
                if (end.Kind == GatewaySessionEndKind.Stopped || stoppingToken.IsCancellationRequested)
                {
                    break;
                }

                failures = end.ReachedReady ? 0 : failures + 1;
                var delay = NextDelay(end, failures);
                GatewayLog.Reconnecting(logger, ShardId, Describe(end), (long)delay.TotalMilliseconds, CanResume ? "resume" : "identify");
                State = GatewayShardState.Disconnected;
                if (delay > TimeSpan.Zero)
                {
                    await Task.Delay(delay, time, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping while waiting to reconnect.
        }

        State = GatewayShardState.Stopped;
    }

    /// <summary>Decides the pause before the next connection and forgets the session when it cannot be resumed.</summary>
    private TimeSpan NextDelay(GatewaySessionEnd end, int failures)
    {
        switch (end.Kind)
        {
            case GatewaySessionEndKind.Closed when end.CloseCode is { } code && GatewayCloseCodes.IsFatal(code):
                State = GatewayShardState.Failed;
                var fatal = new GatewayFatalException(ShardId, code, end.Reason);
                GatewayLog.Fatal(logger, ShardId, fatal.Message);
                throw fatal;
            case GatewaySessionEndKind.Closed when end.CloseCode is { } code && GatewayCloseCodes.EndsSession(code):
                ForgetSession();
                return Backoff(failures);
            case GatewaySessionEndKind.InvalidSession when !end.Resumable:
                ForgetSession();
                // Discord's docs ask for a short random pause (1-5 s) before identifying again.
                return settings.Gateway.InvalidSessionDelay * (0.2 + (0.8 * Random.Shared.NextDouble()));
            case GatewaySessionEndKind.Reconnect or GatewaySessionEndKind.Zombie or GatewaySessionEndKind.InvalidSession:
                return TimeSpan.Zero;
            default:
                return Backoff(failures);
        }
    }

    private TimeSpan Backoff(int failures)
    {
        var gateway = settings.Gateway;
        var delay = gateway.ReconnectDelay * Math.Pow(2, Math.Min(failures, 16));
        var capped = delay < gateway.MaxReconnectDelay ? delay : gateway.MaxReconnectDelay;
        return capped * (0.5 + (Random.Shared.NextDouble() / 2));
    }

    private void ForgetSession()
    {
        _sessionId = null;
        _resumeUrl = null;
        Interlocked.Exchange(ref _lastSequence, -1);
    }

    private static string Describe(GatewaySessionEnd end) => end.Kind switch
    {
        GatewaySessionEndKind.Closed => $"closed {end.CloseCode} {GatewayCloseCodes.Describe(end.CloseCode ?? 0)}",
        GatewaySessionEndKind.InvalidSession => end.Resumable ? "invalid session, resumable" : "invalid session",
        GatewaySessionEndKind.Dropped => $"connection lost: {end.Reason}",
        _ => end.Kind.ToString().ToLowerInvariant(),
    };

    private Uri ConnectUri(bool resume)
    {
        var builder = new UriBuilder(resume ? _resumeUrl! : settings.GatewayUrl)
        {
            Query = settings.Gateway.Compression == GatewayCompression.ZlibStream ? "v=10&encoding=json&compress=zlib-stream" : "v=10&encoding=json",
        };
        return builder.Uri;
    }

    private async Task SendAsync(IGatewayConnection connection, object payload, CancellationToken cancellationToken) =>
        await connection.SendAsync(JsonSerializer.Serialize(payload), cancellationToken);
}

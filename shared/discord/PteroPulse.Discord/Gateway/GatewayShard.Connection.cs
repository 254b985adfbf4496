using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace PteroPulse.Discord.Gateway;

internal sealed partial class GatewayShard
{
    private async Task<GatewaySessionEnd> RunConnectionAsync(bool resume, CancellationToken stoppingToken)
    {
        State = GatewayShardState.Connecting;
        GatewayLog.Connecting(logger, ShardId, resume ? "resume" : "identify");
        IGatewayConnection connection;
        try
        {
            connection = await connections.ConnectAsync(ConnectUri(resume), settings.Gateway.Compression, stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            return new GatewaySessionEnd(GatewaySessionEndKind.Dropped, false, Reason: ex.GetType().Name);
        }

        await using (connection)
        {
            _zombie = false;
            // Not linked to the stopping token: cancelling a pending receive aborts a ClientWebSocket, and an aborted
            // socket can no longer send the close frame (1000) that ends the session cleanly.
            using var connectionCts = new CancellationTokenSource();
            var session = new ConnectionSession(connection, connectionCts, resume);
            var helloWatch = WatchForHelloAsync(session);
            var closing = Task.CompletedTask;
            using var onStop = stoppingToken.Register(() => closing = CloseForStopAsync(session));
            try
            {
                var end = await ReceiveLoopAsync(session);
                return stoppingToken.IsCancellationRequested ? new GatewaySessionEnd(GatewaySessionEndKind.Stopped, session.ReachedReady) : end;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return new GatewaySessionEnd(GatewaySessionEndKind.Stopped, session.ReachedReady);
            }
            catch (OperationCanceledException) when (session.HelloTimedOut)
            {
                await CloseQuietlyAsync(connection, GatewayCloseCodes.Reconnecting, "no hello");
                return new GatewaySessionEnd(GatewaySessionEndKind.Dropped, false, Reason: "no Hello within " + HelloTimeout.TotalSeconds + " s");
            }
            catch (Exception) when (_zombie)
            {
                return new GatewaySessionEnd(GatewaySessionEndKind.Zombie, session.ReachedReady);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return new GatewaySessionEnd(GatewaySessionEndKind.Dropped, session.ReachedReady, Reason: ex.GetType().Name);
            }
            finally
            {
                await connectionCts.CancelAsync();
                await onStop.DisposeAsync();
                await closing;
                await helloWatch;
                if (session.Heartbeat is { } heartbeat)
                {
                    await heartbeat.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                }
            }
        }
    }

    private async Task<GatewaySessionEnd> ReceiveLoopAsync(ConnectionSession session)
    {
        var token = session.Cancellation.Token;
        while (true)
        {
            var message = await session.Connection.ReceiveAsync(token);
            if (message.IsClose)
            {
                return _zombie
                    ? new GatewaySessionEnd(GatewaySessionEndKind.Zombie, session.ReachedReady)
                    : new GatewaySessionEnd(GatewaySessionEndKind.Closed, session.ReachedReady, message.CloseCode, message.CloseReason);
            }

            GatewayPayload payload;
            try
            {
                payload = GatewayPayload.Parse(message.Json!);
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                GatewayLog.BadPayload(logger, ex, ShardId);
                continue;
            }

            if (await HandleAsync(session, payload) is { } end)
            {
                return end;
            }
        }
    }

    /// <summary>Handles one payload; returns why the connection ends, or null to keep reading.</summary>
    private async Task<GatewaySessionEnd?> HandleAsync(ConnectionSession session, GatewayPayload payload)
    {
        var token = session.Cancellation.Token;
        switch (payload.Op)
        {
            case GatewayOpcode.Hello:
                session.HelloReceived = true;
                var interval = TimeSpan.FromMilliseconds(payload.Data.GetProperty("heartbeat_interval").GetDouble());
                session.Heartbeat = HeartbeatLoopAsync(session, interval);
                await StartSessionAsync(session);
                return null;
            case GatewayOpcode.HeartbeatAck:
                _acknowledged = true;
                Latency = time.GetElapsedTime(Interlocked.Read(ref _heartbeatSentAt));
                return null;
            case GatewayOpcode.Heartbeat:
                // The server asks for a heartbeat now.
                await SendAsync(session.Connection, new { op = 1, d = Sequence }, token);
                return null;
            case GatewayOpcode.Reconnect:
                await CloseQuietlyAsync(session.Connection, GatewayCloseCodes.Reconnecting, "reconnect requested");
                return new GatewaySessionEnd(GatewaySessionEndKind.Reconnect, session.ReachedReady);
            case GatewayOpcode.InvalidSession:
                var resumable = payload.Data.ValueKind == JsonValueKind.True;
                await CloseQuietlyAsync(session.Connection, GatewayCloseCodes.Reconnecting, "invalid session");
                return new GatewaySessionEnd(GatewaySessionEndKind.InvalidSession, session.ReachedReady, Resumable: resumable);
            case GatewayOpcode.Dispatch:
                await DispatchAsync(session, payload);
                return null;
            default:
                return null;
        }
    }

    private async Task StartSessionAsync(ConnectionSession session)
    {
        var token = session.Cancellation.Token;
        var botToken = settings.Token;
        if (session.Resume)
        {
            State = GatewayShardState.Resuming;
            await SendAsync(session.Connection, new { op = 6, d = new { token = botToken, session_id = _sessionId, seq = Sequence } }, token);
            return;
        }

        State = GatewayShardState.Identifying;
        await identifyGate.WaitAsync(ShardId, settings.MaxConcurrency, token);
        await SendAsync(session.Connection, new
        {
            op = 2,
            d = new
            {
                token = botToken,
                intents = settings.Gateway.Intents,
                properties = new { os = OperatingSystem.IsWindows() ? "windows" : "linux", browser = "pteropulse", device = "pteropulse" },
                shard = new[] { ShardId, settings.ShardCount },
            },
        }, token);
    }

    private async Task DispatchAsync(ConnectionSession session, GatewayPayload payload)
    {
        if (payload.Sequence is { } sequence)
        {
            Interlocked.Exchange(ref _lastSequence, sequence);
        }

        if (payload.EventName is not { } name)
        {
            return;
        }

        if (name == "READY")
        {
            _sessionId = payload.Data.GetProperty("session_id").GetString();
            _resumeUrl = payload.Data.TryGetProperty("resume_gateway_url", out var url) ? url.GetString() : settings.GatewayUrl;
            session.ReachedReady = true;
            State = GatewayShardState.Ready;
            GatewayLog.Ready(logger, ShardId, payload.Data.TryGetProperty("guilds", out var guilds) ? guilds.GetArrayLength() : 0);
        }
        else if (name == "RESUMED")
        {
            session.ReachedReady = true;
            State = GatewayShardState.Ready;
            GatewayLog.Resumed(logger, ShardId);
        }

        GatewayEvent gatewayEvent;
        try
        {
            gatewayEvent = GatewayEventParser.Parse(name, payload.Data, ShardId);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            GatewayLog.BadPayload(logger, ex, ShardId);
            return;
        }

        await events.WriteAsync(gatewayEvent, session.Cancellation.Token);
    }

    /// <summary>
    /// Host stopping: send close 1000 (the session ends, the bot goes offline at once), then give the server a moment
    /// to answer the close before the connection is cut.
    /// </summary>
    private async Task CloseForStopAsync(ConnectionSession session)
    {
        await CloseQuietlyAsync(session.Connection, GatewayCloseCodes.Normal, "shutting down");
        GatewayLog.Closed(logger, ShardId);
        try
        {
            await Task.Delay(CloseHandshakeTimeout, time, session.Cancellation.Token);
            await session.Cancellation.CancelAsync();
        }
        catch (OperationCanceledException)
        {
            // The receive loop saw the server's close and the connection ended first.
        }
    }

    /// <summary>A server that accepts the socket but never says Hello would otherwise hold the shard forever.</summary>
    private async Task WatchForHelloAsync(ConnectionSession session)
    {
        try
        {
            await Task.Delay(HelloTimeout, time, session.Cancellation.Token);
            if (!session.HelloReceived)
            {
                session.HelloTimedOut = true;
                await session.Cancellation.CancelAsync();
            }
        }
        catch (OperationCanceledException)
        {
            // The connection ended first.
        }
    }

    private async Task HeartbeatLoopAsync(ConnectionSession session, TimeSpan interval)
    {
        var token = session.Cancellation.Token;
        try
        {
            _acknowledged = true;
            // Jitter on the first beat so that shards reconnecting together do not beat together.
            await Task.Delay(interval * Random.Shared.NextDouble(), time, token);
            while (!token.IsCancellationRequested)
            {
                if (!_acknowledged)
                {
                    _zombie = true;
                    GatewayLog.Zombie(logger, ShardId);
                    await CloseQuietlyAsync(session.Connection, GatewayCloseCodes.Reconnecting, "heartbeat not acknowledged");
                    // The server is not answering, so its close frame may never come: stop reading now.
                    await session.Cancellation.CancelAsync();
                    return;
                }

                _acknowledged = false;
                Interlocked.Exchange(ref _heartbeatSentAt, time.GetTimestamp());
                await SendAsync(session.Connection, new { op = 1, d = Sequence }, token);
                await Task.Delay(interval, time, token);
            }
        }
        catch (OperationCanceledException)
        {
            // The connection ended.
        }
        catch (Exception ex) when (ex is System.Net.WebSockets.WebSocketException or IOException or ObjectDisposedException)
        {
            // A send on a dead socket; the receive loop sees the same failure and reconnects.
        }
    }

    private static async Task CloseQuietlyAsync(IGatewayConnection connection, int code, string reason)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await connection.CloseAsync(code, reason, timeout.Token);
        }
        catch (Exception)
        {
            // Closing a broken connection fails; the connection is dropped either way.
        }
    }

    private sealed class ConnectionSession(IGatewayConnection connection, CancellationTokenSource cancellation, bool resume)
    {
        public IGatewayConnection Connection { get; } = connection;
        public CancellationTokenSource Cancellation { get; } = cancellation;
        public bool Resume { get; } = resume;
        public bool ReachedReady { get; set; }
        public bool HelloReceived { get; set; }
        public bool HelloTimedOut { get; set; }
        public Task? Heartbeat { get; set; }
    }
}

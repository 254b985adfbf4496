using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using PteroPulse.Emulators.Discord.Hosting;

namespace PteroPulse.Emulators.Discord.Gateway;

/// <summary>
/// One WebSocket: Hello, heartbeats, Identify/Resume, the 4096-byte and 120-per-minute limits, and the close codes
/// Discord uses for each mistake. Outgoing frames go through one writer so they never interleave.
/// </summary>
public sealed partial class GatewayConnection(WebSocket socket, bool zlibStream, GatewayEnvironment env) : IDisposable
{
    private readonly Channel<Outgoing> _outbox = Channel.CreateUnbounded<Outgoing>(new UnboundedChannelOptions { SingleReader = true });
    // Never disposed: control calls (Drop, op 7) may race with the connection ending, and a CTS without timers holds nothing.
    private readonly CancellationTokenSource _stop = new();
    private readonly Queue<long> _receivedAt = new();
    private readonly FrameWriter _writer = new(socket, zlibStream);
    private long _lastHeartbeatTicks = Stopwatch.GetTimestamp();

    public GatewaySession? Session { get; private set; }

    /// <summary>A stalled connection stays open but answers nothing, like a zombie connection.</summary>
    public bool Stalled { get; private set; }

    public int? ClientCloseCode { get; private set; }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stop.Token);
        var writer = WriteLoopAsync(linked.Token);
        var watchdog = WatchHeartbeatsAsync(linked.Token);
        Send(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = env.Options.Gateway.HeartbeatIntervalMs, ["_trace"] = new JsonArray("emulator-gateway") } });
        try
        {
            await ReadLoopAsync(linked.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The socket went away or the connection was told to stop; the session outlives it.
        }
        finally
        {
            Detach();

            // Let the writer send what is queued (a close frame above all) before stopping everything.
            _outbox.Writer.TryComplete();
            await Task.WhenAny(writer, Task.Delay(TimeSpan.FromSeconds(2), CancellationToken.None));
            await _stop.CancelAsync();
            await Task.WhenAll(writer.ContinueWith(_ => { }, TaskScheduler.Default), watchdog.ContinueWith(_ => { }, TaskScheduler.Default));
        }
    }

    public void Enqueue(string frame)
    {
        if (!Stalled)
        {
            _outbox.Writer.TryWrite(new Outgoing(frame, null));
        }
    }

    public void Send(JsonObject payload)
    {
        payload.TryAdd("d", null);
        payload.TryAdd("s", null);
        payload.TryAdd("t", null);
        Enqueue(payload.ToJsonString());
    }

    public void Close(int code) => _outbox.Writer.TryWrite(new Outgoing(null, code));

    /// <summary>Test switch: the TCP connection drops without a close frame; the session stays resumable.</summary>
    public void Drop()
    {
        socket.Abort();
        _stop.Cancel();
    }

    private void Stop() => _stop.Cancel();

    public void Stall() => Stalled = true;

    /// <summary>Op 7: the client should reconnect and resume; the server closes a little later anyway.</summary>
    public void RequestReconnect()
    {
        Send(new JsonObject { ["op"] = 7, ["d"] = null });
        _ = Task.Delay(env.Options.Gateway.ReconnectCloseDelay, _stop.Token).ContinueWith(t => { if (!t.IsCanceled) { Close(GatewayCloseCodes.UnknownError); } }, TaskScheduler.Default);
    }

    /// <summary>Op 9: with <paramref name="resumable"/> false the session is gone and the client must Identify.</summary>
    public void InvalidateSession(bool resumable)
    {
        if (!resumable && Session is not null)
        {
            Session.Invalidated = true;
        }

        Send(new JsonObject { ["op"] = 9, ["d"] = resumable });
    }

    /// <summary>Server-initiated op 1: the client must heartbeat at once.</summary>
    public void RequestHeartbeat() => Send(new JsonObject { ["op"] = 1, ["d"] = null });

    public void Dispose() => _writer.Dispose();

    private async Task ReadLoopAsync(CancellationToken cancellationToken)
    {
        var max = env.Options.Gateway.MaxPayloadBytes;
        var buffer = new byte[max + 1];
        while (!cancellationToken.IsCancellationRequested)
        {
            var length = 0;
            ValueWebSocketReceiveResult result;
            do
            {
                if (length > max)
                {
                    Close(GatewayCloseCodes.DecodeError);
                    await DrainAsync(cancellationToken);
                    return;
                }

                result = await socket.ReceiveAsync(buffer.AsMemory(length), cancellationToken);
                length += result.Count;
            }
            while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

            if (result.MessageType == WebSocketMessageType.Close)
            {
                OnClientClose((int?)socket.CloseStatus);
                return;
            }

            if (length > max)
            {
                Close(GatewayCloseCodes.DecodeError);
                return;
            }

            if (Stalled)
            {
                continue;
            }

            if (!CountSend())
            {
                Close(GatewayCloseCodes.RateLimited);
                return;
            }

            try
            {
                Handle(Encoding.UTF8.GetString(buffer, 0, length));
            }
            catch (Exception e) when (e is InvalidOperationException or FormatException or JsonException or ArgumentException)
            {
                // A field of the wrong type inside a known opcode: "invalid payload for an opcode".
                Close(GatewayCloseCodes.UnknownOpcode);
                return;
            }
        }
    }

    /// <summary>120 payloads per 60 s per connection, heartbeats included.</summary>
    private bool CountSend()
    {
        var now = Stopwatch.GetTimestamp();
        _receivedAt.Enqueue(now);
        while (_receivedAt.TryPeek(out var oldest) && Stopwatch.GetElapsedTime(oldest, now) > TimeSpan.FromSeconds(60))
        {
            _receivedAt.Dequeue();
        }

        return _receivedAt.Count <= env.Options.Gateway.SendsPerMinute;
    }

    private void Handle(string text)
    {
        JsonObject payload;
        try
        {
            payload = JsonNode.Parse(text) as JsonObject ?? throw new JsonException("not an object");
        }
        catch (JsonException)
        {
            Close(GatewayCloseCodes.DecodeError);
            return;
        }

        var op = payload["op"] is JsonValue v && v.TryGetValue<int>(out var o) ? o : -1;
        switch (op)
        {
            case 1:
                Interlocked.Exchange(ref _lastHeartbeatTicks, Stopwatch.GetTimestamp());
                Send(new JsonObject { ["op"] = 11 });
                break;
            case 2:
                Identify(payload["d"] as JsonObject);
                break;
            case 6:
                Resume(payload["d"] as JsonObject);
                break;
            case 3 or 4 or 8 or 31 or 43:
                if (Session is null)
                {
                    Close(GatewayCloseCodes.NotAuthenticated);
                }

                break;
            default:
                Close(GatewayCloseCodes.UnknownOpcode);
                break;
        }
    }

    private async Task WriteLoopAsync(CancellationToken cancellationToken)
    {
        await foreach (var item in _outbox.Reader.ReadAllAsync(cancellationToken))
        {
            if (item.CloseCode is { } code)
            {
                if (code is >= 4000 and not GatewayCloseCodes.UnknownError and not GatewayCloseCodes.DecodeError and not GatewayCloseCodes.RateLimited and not GatewayCloseCodes.UnknownOpcode and not GatewayCloseCodes.AlreadyAuthenticated && Session is not null)
                {
                    Session.Invalidated = true;
                }

                env.Logger.ConnectionClosed(code);
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, GatewayCloseCodes.Reason(code), cancellationToken);
                _ = Task.Delay(TimeSpan.FromSeconds(2), CancellationToken.None).ContinueWith(_ => Stop(), TaskScheduler.Default);
                return;
            }

            if (!Stalled)
            {
                await _writer.WriteAsync(item.Frame!, cancellationToken);
            }
        }
    }

    private async Task WatchHeartbeatsAsync(CancellationToken cancellationToken)
    {
        var timeout = TimeSpan.FromMilliseconds(env.Options.Gateway.HeartbeatIntervalMs * env.Options.Gateway.HeartbeatTimeoutFactor);
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(Math.Clamp(env.Options.Gateway.HeartbeatIntervalMs / 4, 25, 1000)));
        while (await timer.WaitForNextTickAsync(cancellationToken))
        {
            if (!Stalled && Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastHeartbeatTicks)) > timeout)
            {
                if (Session is not null)
                {
                    Session.Invalidated = true;
                }

                Close(GatewayCloseCodes.SessionTimedOut);
                return;
            }
        }
    }

    private async Task DrainAsync(CancellationToken cancellationToken)
    {
        var scratch = new byte[4096];
        while (socket.State == WebSocketState.Open || socket.State == WebSocketState.CloseSent)
        {
            var result = await socket.ReceiveAsync(scratch.AsMemory(), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }
        }
    }

    private void OnClientClose(int? code)
    {
        ClientCloseCode = code;

        // 1000 and 1001 end the session (the bot goes offline); any other code keeps it resumable.
        if (code is 1000 or 1001 && Session is not null)
        {
            Session.Invalidated = true;
        }

        if (socket.State == WebSocketState.CloseReceived)
        {
            _ = socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
        }
    }

    private void Detach()
    {
        if (Session is { } session && ReferenceEquals(session.Connection, this))
        {
            session.Connection = null;
            session.DisconnectedAt = env.Hub.Now;
        }
    }

    private sealed record Outgoing(string? Frame, int? CloseCode);
}

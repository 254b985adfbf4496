using System.Buffers;
using System.Net.WebSockets;
using System.Text;

namespace PteroPulse.Discord.Gateway;

/// <summary>The real connection: a <see cref="ClientWebSocket"/>, with zlib-stream inflation when asked for.</summary>
internal sealed class WebSocketGatewayConnection(ClientWebSocket socket, GatewayCompression compression) : IGatewayConnection
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ZlibStreamInflater? _inflater = compression == GatewayCompression.ZlibStream ? new ZlibStreamInflater() : null;
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);

    public async Task SendAsync(string json, CancellationToken cancellationToken)
    {
        // ClientWebSocket allows one send at a time; heartbeats and identify come from different loops.
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public async Task<GatewayMessage> ReceiveAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            _buffer.ResetWrittenCount();
            ValueWebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(_buffer.GetMemory(16 * 1024), cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return GatewayMessage.Closed((int?)socket.CloseStatus, socket.CloseStatusDescription);
                }

                _buffer.Advance(result.Count);
            }
            while (!result.EndOfMessage);

            if (result.MessageType == WebSocketMessageType.Text)
            {
                return GatewayMessage.Text(Encoding.UTF8.GetString(_buffer.WrittenSpan));
            }

            if (_inflater?.Append(_buffer.WrittenSpan) is { } json)
            {
                return GatewayMessage.Text(json);
            }
        }
    }

    public async Task CloseAsync(int code, string reason, CancellationToken cancellationToken)
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, cancellationToken);
        }
    }

    public ValueTask DisposeAsync()
    {
        socket.Dispose();
        _inflater?.Dispose();
        _sendLock.Dispose();
        return ValueTask.CompletedTask;
    }
}

internal sealed class WebSocketGatewayConnectionFactory : IGatewayConnectionFactory
{
    public async Task<IGatewayConnection> ConnectAsync(Uri uri, GatewayCompression compression, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(uri, cancellationToken);
            return new WebSocketGatewayConnection(socket, compression);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

using System.IO.Compression;
using System.Net.WebSockets;
using System.Text;

namespace PteroPulse.Emulators.Discord.Gateway;

/// <summary>
/// Writes payloads to the socket: text frames, or with <c>compress=zlib-stream</c> binary frames from one zlib
/// stream per connection, sync-flushed after every payload (so each frame ends with 00 00 FF FF).
/// </summary>
public sealed class FrameWriter(WebSocket socket, bool zlibStream) : IDisposable
{
    private readonly MemoryStream _buffer = new();
    private ZLibStream? _zlib;

    public async Task WriteAsync(string payload, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(payload);
        if (!zlibStream)
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, true, cancellationToken);
            return;
        }

        _zlib ??= new ZLibStream(_buffer, CompressionLevel.Fastest, leaveOpen: true);
        _buffer.SetLength(0);
        _zlib.Write(bytes);
        _zlib.Flush();
        await socket.SendAsync(_buffer.ToArray(), WebSocketMessageType.Binary, true, cancellationToken);
    }

    public void Dispose()
    {
        _zlib?.Dispose();
        _buffer.Dispose();
    }
}

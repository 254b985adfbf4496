using System.IO.Compression;
using System.Text;

namespace PteroPulse.Discord.Gateway;

/// <summary>
/// Transport <c>zlib-stream</c>: every message continues one zlib stream and ends with a sync flush
/// (<c>00 00 FF FF</c>), so one inflater lives as long as the connection.
/// </summary>
internal sealed class ZlibStreamInflater : IDisposable
{
    private static readonly byte[] SyncFlush = [0x00, 0x00, 0xFF, 0xFF];

    private readonly MemoryStream _compressed = new();
    private readonly ZLibStream _zlib;
    private readonly MemoryStream _pending = new();
    private readonly byte[] _chunk = new byte[16 * 1024];

    public ZlibStreamInflater() => _zlib = new ZLibStream(_compressed, CompressionMode.Decompress, leaveOpen: true);

    /// <summary>Adds a binary frame; returns the JSON text once a whole message (ending in a sync flush) has arrived.</summary>
    public string? Append(ReadOnlySpan<byte> frame)
    {
        _pending.Write(frame);
        if (_pending.Length < 4 || !_pending.GetBuffer().AsSpan((int)_pending.Length - 4, 4).SequenceEqual(SyncFlush))
        {
            return null;
        }

        _compressed.SetLength(0);
        _compressed.Write(_pending.GetBuffer(), 0, (int)_pending.Length);
        _compressed.Position = 0;
        _pending.SetLength(0);

        using var text = new MemoryStream();
        int read;
        // The inflater returns 0 when it has used all input; it keeps its state for the next message.
        while ((read = _zlib.Read(_chunk)) > 0)
        {
            text.Write(_chunk, 0, read);
        }

        return Encoding.UTF8.GetString(text.GetBuffer(), 0, (int)text.Length);
    }

    public void Dispose()
    {
        _zlib.Dispose();
        _compressed.Dispose();
        _pending.Dispose();
    }
}

using System.IO.Compression;
using System.Text;
using PteroPulse.Discord.Gateway;

namespace PteroPulse.Discord.Tests.Gateway;

public sealed class ZlibStreamInflaterTests
{
    [Fact]
    public void Inflates_messages_that_share_one_zlib_stream()
    {
        using var output = new MemoryStream();
        using var compressor = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true);
        using var inflater = new ZlibStreamInflater();
        var received = new List<string>();

        foreach (var message in new[] { """{"op":10,"d":{"heartbeat_interval":41250}}""", """{"op":11}""", """{"op":0,"s":1,"t":"READY","d":{}}""" })
        {
            var start = output.Length;
            compressor.Write(Encoding.UTF8.GetBytes(message));
            compressor.Flush();
            var frame = output.ToArray()[(int)start..];
            // Split the frame in two like a WebSocket may, to check partial frames wait for the sync flush.
            Assert.Null(inflater.Append(frame.AsSpan(0, frame.Length / 2)));
            received.Add(inflater.Append(frame.AsSpan(frame.Length / 2))!);
        }

        Assert.Equal(["""{"op":10,"d":{"heartbeat_interval":41250}}""", """{"op":11}""", """{"op":0,"s":1,"t":"READY","d":{}}"""], received);
    }
}

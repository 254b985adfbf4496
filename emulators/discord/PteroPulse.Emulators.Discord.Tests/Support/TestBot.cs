using System.IO.Compression;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace PteroPulse.Emulators.Discord.Tests.Support;

/// <summary>A tiny gateway client over a raw ClientWebSocket, following the gateway docs step by step.</summary>
public sealed class TestBot(ClientWebSocket socket) : IAsyncDisposable
{
    private readonly MemoryStream _compressed = new();
    private ZLibStream? _inflater;

    public int? LastSeq { get; private set; }

    public WebSocketCloseStatus? CloseStatus => socket.CloseStatus;

    public static async Task<TestBot> ConnectAsync(string url, bool zlib = false)
    {
        var socket = new ClientWebSocket();
        var query = "/?v=10&encoding=json" + (zlib ? "&compress=zlib-stream" : "");
        await socket.ConnectAsync(new Uri(url + query), TestContext.Current.CancellationToken);
        return new TestBot(socket);
    }

    public Task SendAsync(JsonObject payload) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(payload.ToJsonString()), WebSocketMessageType.Text, true, TestContext.Current.CancellationToken);

    public Task SendRawAsync(string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, TestContext.Current.CancellationToken);

    public Task IdentifyAsync(string token, long intents = 1) => SendAsync(new JsonObject
    {
        ["op"] = 2,
        ["d"] = new JsonObject
        {
            ["token"] = token,
            ["intents"] = intents,
            ["properties"] = new JsonObject { ["os"] = "linux", ["browser"] = "tests", ["device"] = "tests" },
            ["shard"] = new JsonArray(0, 1),
        },
    });

    /// <summary>The next payload, or null once the server has closed the connection.</summary>
    public async Task<JsonObject?> ReceiveAsync(TimeSpan? timeout = null)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cts.CancelAfter(timeout ?? TimeSpan.FromSeconds(10));
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, cts.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        var text = result.MessageType == WebSocketMessageType.Binary ? Inflate(message.ToArray()) : Encoding.UTF8.GetString(message.ToArray());
        var payload = JsonNode.Parse(text)!.AsObject();
        if (payload["s"] is JsonValue s)
        {
            LastSeq = s.GetValue<int>();
        }

        return payload;
    }

    /// <summary>Reads until a dispatch named <paramref name="name"/> arrives, answering nothing in between.</summary>
    public async Task<JsonObject> WaitForDispatchAsync(string name, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (DateTime.UtcNow < deadline)
        {
            var payload = await ReceiveAsync(deadline - DateTime.UtcNow) ?? throw new InvalidOperationException($"Closed with {socket.CloseStatus} before {name}.");
            if (payload["t"]?.GetValue<string>() == name)
            {
                return payload;
            }
        }

        throw new TimeoutException($"No {name} dispatch arrived.");
    }

    /// <summary>Reads until the server closes; returns the close code.</summary>
    public async Task<int?> WaitForCloseAsync(TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (DateTime.UtcNow < deadline && await ReceiveAsync(deadline - DateTime.UtcNow) is not null)
        {
        }

        return (int?)socket.CloseStatus;
    }

    public Task CloseAsync(int code) =>
        socket.CloseAsync((WebSocketCloseStatus)code, "bye", TestContext.Current.CancellationToken);

    public bool LastFrameEndedWithSyncFlush { get; private set; }

    private string Inflate(byte[] frame)
    {
        LastFrameEndedWithSyncFlush = frame.Length >= 4 && frame[^4] == 0 && frame[^3] == 0 && frame[^2] == 0xFF && frame[^1] == 0xFF;
        var start = _compressed.Length;
        _compressed.Write(frame);
        _compressed.Position = start;
        _inflater ??= new ZLibStream(_compressed, CompressionMode.Decompress, leaveOpen: true);
        using var output = new MemoryStream();
        var buffer = new byte[8192];
        int read;
        while ((read = _inflater.Read(buffer)) > 0)
        {
            output.Write(buffer, 0, read);
        }

        return Encoding.UTF8.GetString(output.ToArray());
    }

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            try
            {
                await socket.CloseAsync((WebSocketCloseStatus)4000, "test done", CancellationToken.None);
            }
            catch (WebSocketException)
            {
                // The emulator may already be gone.
            }
        }

        socket.Dispose();
        _inflater?.Dispose();
        _compressed.Dispose();
    }
}

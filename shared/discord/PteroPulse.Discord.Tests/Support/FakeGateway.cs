using System.Text.Json;
using System.Threading.Channels;
using PteroPulse.Discord.Gateway;

namespace PteroPulse.Discord.Tests.Support;

/// <summary>A scriptable gateway server: each connect yields a <see cref="FakeGatewayConnection"/> the test drives.</summary>
internal sealed class FakeGatewayServer : IGatewayConnectionFactory
{
    private readonly Channel<FakeGatewayConnection> _connections = Channel.CreateUnbounded<FakeGatewayConnection>();
    private int _count;

    public int ConnectionCount => _count;

    public Task<IGatewayConnection> ConnectAsync(Uri uri, GatewayCompression compression, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _count);
        var connection = new FakeGatewayConnection(uri);
        _connections.Writer.TryWrite(connection);
        return Task.FromResult<IGatewayConnection>(connection);
    }

    public Task<FakeGatewayConnection> NextConnectionAsync() => _connections.Reader.ReadAsync().AsTask();
}

internal sealed class FakeGatewayConnection(Uri uri) : IGatewayConnection
{
    private readonly Channel<GatewayMessage> _toClient = Channel.CreateUnbounded<GatewayMessage>();
    private readonly Channel<string> _fromClient = Channel.CreateUnbounded<string>();
    private readonly TaskCompletionSource<int> _clientClose = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Uri Uri { get; } = uri;

    /// <summary>Completes with the close code the client sent.</summary>
    public Task<int> ClientClosed => _clientClose.Task;

    public void Send(object payload) => _toClient.Writer.TryWrite(GatewayMessage.Text(JsonSerializer.Serialize(payload)));

    public void Hello(int intervalMs = 41250) => Send(new { op = 10, d = new { heartbeat_interval = intervalMs }, s = (int?)null, t = (string?)null });

    public void Dispatch(string name, int sequence, object data) => Send(new { op = 0, s = sequence, t = name, d = data });

    public void Ready(int sequence = 1, string sessionId = "session-1", string resumeUrl = "ws://resume.test") =>
        Dispatch("READY", sequence, new
        {
            v = 10,
            user = new { id = "1310000000000000000", username = "PteroPulse", bot = true },
            guilds = new[] { new { id = "1290000000000000000", unavailable = true } },
            session_id = sessionId,
            resume_gateway_url = resumeUrl,
            application = new { id = "1310000000000000000", flags = 0 },
        });

    public void Interaction(int sequence, ulong id) => Dispatch("INTERACTION_CREATE", sequence, new
    {
        id = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        application_id = "1310000000000000000",
        type = 2,
        token = $"token-{id}",
        version = 1,
        data = new { id = "1", name = "status", type = 1 },
    });

    public void ServerClose(int code, string reason = "") => _toClient.Writer.TryWrite(GatewayMessage.Closed(code, reason));

    /// <summary>The next payload the client sent, parsed.</summary>
    public async Task<JsonElement> NextFromClientAsync()
    {
        var json = await _fromClient.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        return JsonDocument.Parse(json).RootElement.Clone();
    }

    public bool TryReadFromClient(out JsonElement payload)
    {
        if (_fromClient.Reader.TryRead(out var json))
        {
            payload = JsonDocument.Parse(json).RootElement.Clone();
            return true;
        }

        payload = default;
        return false;
    }

    public Task SendAsync(string json, CancellationToken cancellationToken)
    {
        _fromClient.Writer.TryWrite(json);
        return Task.CompletedTask;
    }

    public async Task<GatewayMessage> ReceiveAsync(CancellationToken cancellationToken) => await _toClient.Reader.ReadAsync(cancellationToken);

    public Task CloseAsync(int code, string reason, CancellationToken cancellationToken)
    {
        _clientClose.TrySetResult(code);
        // Like a real server: echo the close.
        _toClient.Writer.TryWrite(GatewayMessage.Closed(code, reason));
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

/// <summary>Collects gateway events.</summary>
internal sealed class RecordingEventHandler : IGatewayEventHandler
{
    private readonly List<GatewayEvent> _events = [];
    private readonly Dictionary<GatewayEvent, DateTimeOffset> _received = new(ReferenceEqualityComparer.Instance);

    /// <summary>Real time each event reached the handler.</summary>
    public DateTimeOffset ReceivedAt(GatewayEvent gatewayEvent)
    {
        lock (_events)
        {
            return _received[gatewayEvent];
        }
    }

    public IReadOnlyList<GatewayEvent> Events
    {
        get
        {
            lock (_events)
            {
                return [.. _events];
            }
        }
    }

    public ValueTask HandleAsync(GatewayEvent gatewayEvent, CancellationToken cancellationToken)
    {
        lock (_events)
        {
            _events.Add(gatewayEvent);
            _received[gatewayEvent] = DateTimeOffset.UtcNow;
        }

        return ValueTask.CompletedTask;
    }
}

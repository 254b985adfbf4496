using PteroPulse.Discord.Gateway;

namespace PteroPulse.Discord.Tests.Support;

/// <summary>The real WebSocket factory, counting connection attempts.</summary>
internal sealed class CountingConnectionFactory : IGatewayConnectionFactory
{
    private readonly WebSocketGatewayConnectionFactory _inner = new();
    private readonly System.Collections.Concurrent.ConcurrentQueue<Uri> _uris = new();
    private int _count;

    public int Count => _count;

    public IReadOnlyCollection<Uri> Uris => _uris;

    public Task<IGatewayConnection> ConnectAsync(Uri uri, GatewayCompression compression, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _count);
        _uris.Enqueue(uri);
        return _inner.ConnectAsync(uri, compression, cancellationToken);
    }
}

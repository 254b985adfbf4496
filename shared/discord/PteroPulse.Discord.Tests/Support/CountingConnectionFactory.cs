using PteroPulse.Discord.Gateway;

namespace PteroPulse.Discord.Tests.Support;

/// <summary>The real WebSocket factory, counting connection attempts.</summary>
internal sealed class CountingConnectionFactory : IGatewayConnectionFactory
{
    private readonly WebSocketGatewayConnectionFactory _inner = new();
    private int _count;

    public int Count => _count;

    public Task<IGatewayConnection> ConnectAsync(Uri uri, GatewayCompression compression, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _count);
        return _inner.ConnectAsync(uri, compression, cancellationToken);
    }
}

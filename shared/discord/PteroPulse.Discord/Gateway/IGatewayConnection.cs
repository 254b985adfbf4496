namespace PteroPulse.Discord.Gateway;

/// <summary>One WebSocket connection to the gateway, already decompressed into JSON text. Replaceable in tests.</summary>
public interface IGatewayConnection : IAsyncDisposable
{
    Task SendAsync(string json, CancellationToken cancellationToken);

    /// <summary>The next JSON message, or the close frame (code and reason) when the server closed.</summary>
    Task<GatewayMessage> ReceiveAsync(CancellationToken cancellationToken);

    /// <summary>Sends a close frame with <paramref name="code"/> (1000 ends the session; 4000 keeps it resumable).</summary>
    Task CloseAsync(int code, string reason, CancellationToken cancellationToken);
}

public interface IGatewayConnectionFactory
{
    Task<IGatewayConnection> ConnectAsync(Uri uri, GatewayCompression compression, CancellationToken cancellationToken);
}

/// <summary>A received text message, or a close with its code.</summary>
public readonly record struct GatewayMessage(string? Json, int? CloseCode, string? CloseReason)
{
    public static GatewayMessage Text(string json) => new(json, null, null);

    public static GatewayMessage Closed(int? code, string? reason) => new(null, code, reason);

    public bool IsClose => Json is null;
}

namespace PteroPulse.Discord.Gateway;

/// <summary>
/// Receives every gateway event, in order, one at a time: keep it quick and hand long work elsewhere (a slow
/// handler delays the next events, never the heartbeat).
/// </summary>
public interface IGatewayEventHandler
{
    ValueTask HandleAsync(GatewayEvent gatewayEvent, CancellationToken cancellationToken);
}

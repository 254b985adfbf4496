namespace PteroPulse.Poller.Pterodactyl;

/// <summary>The panel's client API, every answer typed. Paced to the key's rate limit; never throws for an HTTP answer.</summary>
public interface IPterodactylClient
{
    Task<PanelResult<PanelAccount>> GetAccountAsync(CancellationToken cancellationToken);

    /// <summary>Every server the key can see, across all pages (admin-all for root admins).</summary>
    Task<PanelResult<IReadOnlyList<PanelServer>>> ListServersAsync(bool adminAll, CancellationToken cancellationToken);

    Task<PanelResult<ResourceUsage>> GetResourcesAsync(string serverId, CancellationToken cancellationToken);

    Task<PanelResult<bool>> SendPowerSignalAsync(string serverId, string signal, CancellationToken cancellationToken);

    Task<PanelResult<bool>> SendCommandAsync(string serverId, string command, CancellationToken cancellationToken);

    Task<PanelResult<WebsocketCredentials>> GetWebsocketCredentialsAsync(string serverId, CancellationToken cancellationToken);
}

using MassTransit;
using PteroPulse.Contracts;
using PteroPulse.DiscordGateway.Access;

namespace PteroPulse.DiscordGateway.Servers;

/// <summary>
/// The servers a guild may see, from the catalog, asking the poller (ListServers) when the catalog has no list yet.
/// Scoped: it uses the bus's request client.
/// </summary>
public sealed class ServerDirectory(ServerCatalog catalog, AccessPolicy access, IRequestClient<ListServers> listClient)
{
    public async Task<IReadOnlyList<ServerSummary>> VisibleAsync(ulong? guildId, CancellationToken cancellationToken)
    {
        var servers = catalog.Servers;
        if (servers is null)
        {
            var response = await listClient.GetResponse<ServerList>(new ListServers(), cancellationToken);
            catalog.SetServers(response.Message.Servers);
            servers = catalog.Servers!;
        }

        return servers.Where(s => access.CanSee(guildId, s.ServerId)).ToList();
    }

    /// <summary>A visible server by identifier or by exact name (case-insensitive), else null.</summary>
    public async Task<ServerSummary?> FindAsync(ulong? guildId, string idOrName, CancellationToken cancellationToken)
    {
        var visible = await VisibleAsync(guildId, cancellationToken);
        return visible.FirstOrDefault(s => s.ServerId == idOrName)
            ?? visible.FirstOrDefault(s => string.Equals(s.Name, idOrName, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The server's name if the catalog knows it, without asking anyone.</summary>
    public string? KnownName(string serverId) => catalog.FindServer(serverId)?.Name ?? catalog.LatestSample(serverId)?.Name;

    /// <summary>The newest sample, or a placeholder in state Unknown until the poller's first sample arrives.</summary>
    public ServerSample SampleOf(ServerSummary server, DateTimeOffset now) =>
        catalog.LatestSample(server.ServerId) ?? new ServerSample
        {
            ServerId = server.ServerId,
            Name = server.Name,
            State = ServerPowerState.Unknown,
            IsSuspended = server.IsSuspended,
            CpuPercent = 0,
            CpuLimitPercent = 0,
            MemoryBytes = 0,
            MemoryLimitBytes = 0,
            DiskBytes = 0,
            DiskLimitBytes = 0,
            NetworkRxBytes = 0,
            NetworkTxBytes = 0,
            Uptime = TimeSpan.Zero,
            SampledAt = now,
            Node = server.Node,
        };
}

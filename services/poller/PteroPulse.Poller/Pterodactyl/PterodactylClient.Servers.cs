using System.Text.Json;
using PteroPulse.Poller.Pterodactyl.Dto;
using RestSharp;

namespace PteroPulse.Poller.Pterodactyl;

public sealed partial class PterodactylClient
{
    /// <summary>The client API caps per_page at 100.</summary>
    private const int PageSize = 100;

    /// <summary>
    /// Walks every page with per_page=100. The next-page URL is built here rather than taken from links.next, which
    /// carries the panel's public URL and may not be reachable from where the poller runs.
    /// </summary>
    public async Task<PanelResult<IReadOnlyList<PanelServer>>> ListServersAsync(bool adminAll, CancellationToken cancellationToken)
    {
        var servers = new List<PanelServer>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var page = 1; ; page++)
        {
            var request = new RestRequest("api/client").AddQueryParameter("per_page", PageSize).AddQueryParameter("page", page);
            if (adminAll)
            {
                request.AddQueryParameter("type", "admin-all");
            }

            var result = await ReadAsync(request, body => JsonSerializer.Deserialize<ItemList<ServerDto>>(body, PanelJson.Options), cancellationToken);
            if (!result.IsOk)
            {
                return result.As<IReadOnlyList<PanelServer>>();
            }

            // A server created or deleted between pages shifts the rest; the identifier set drops the duplicate.
            foreach (var item in result.Value!.Data ?? [])
            {
                if (item.Attributes is { } dto && seen.Add(dto.Identifier))
                {
                    servers.Add(ToServer(dto));
                }
            }

            var pagination = result.Value.Meta?.Pagination;
            if (pagination is null || pagination.CurrentPage >= pagination.TotalPages || (result.Value.Data?.Count ?? 0) == 0)
            {
                return PanelResult<IReadOnlyList<PanelServer>>.Ok(servers);
            }
        }
    }

    private static PanelServer ToServer(ServerDto dto)
    {
        var allocations = dto.Relationships?.Allocations?.Data ?? [];
        var primary = allocations.Select(a => a.Attributes).FirstOrDefault(a => a?.IsDefault == true) ?? allocations.FirstOrDefault()?.Attributes;
        return new PanelServer
        {
            Identifier = dto.Identifier,
            Uuid = dto.Uuid,
            Name = dto.Name,
            Description = dto.Description ?? "",
            Node = dto.Node,
            NodeUnderMaintenance = dto.IsNodeUnderMaintenance,
            CpuLimitPercent = dto.Limits?.Cpu ?? 0,
            MemoryLimitMib = dto.Limits?.Memory ?? 0,
            DiskLimitMib = dto.Limits?.Disk ?? 0,
            Status = dto.Status,
            IsSuspended = dto.IsSuspended || dto.Status == "suspended",
            IsTransferring = dto.IsTransferring,
            AllocationIp = primary?.Ip,
            AllocationAlias = primary?.IpAlias,
            AllocationPort = primary?.Port,
        };
    }
}

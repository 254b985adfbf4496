using System.Globalization;
using PteroPulse.Emulators.Panel.Model;

namespace PteroPulse.Emulators.Panel.Http;

/// <summary>The application API's server and node lists: their own rate-limit bucket, no per_page cap.</summary>
internal static class ApplicationEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var application = routes.MapGroup("/api/application").AddEndpointFilter(new ApiGate(ApiBucket.Application));
        application.MapGet("/servers", (HttpContext http, PanelEmulator panel) => List(http, panel, panel.Fleet.Servers, Server));
        application.MapGet("/servers/{id:int}", (HttpContext http, PanelEmulator panel, int id) =>
            One(http, panel.Fleet.Servers.FirstOrDefault(s => s.InternalId == id), Server));
        application.MapGet("/servers/external/{externalId}", (HttpContext http, PanelEmulator panel, string externalId) =>
            One(http, panel.Fleet.Servers.FirstOrDefault(s => s.ExternalId == externalId), Server));
        application.MapGet("/nodes", (HttpContext http, PanelEmulator panel) => List(http, panel, panel.Fleet.Nodes, n => Node(n, panel.Fleet)));
        application.MapGet("/nodes/{id:int}", (HttpContext http, PanelEmulator panel, int id) =>
            One(http, panel.Fleet.Nodes.FirstOrDefault(n => n.Id == id), n => Node(n, panel.Fleet)));
    }

    private static IResult List<T>(HttpContext http, PanelEmulator panel, IReadOnlyList<T> items, Func<T, object> transform)
    {
        var (page, meta) = Pagination.Apply(http, items, panel.Options.PublicUrl, client: false);
        return PanelResponses.Data(new { @object = "list", data = page.Select(transform), meta });
    }

    private static IResult One<T>(HttpContext http, T? item, Func<T, object> transform)
        where T : class => item is null ? PanelResponses.NotFound(http) : PanelResponses.Data(transform(item));

    private static object Server(EmulatedServer s) => new
    {
        @object = "server",
        attributes = new
        {
            id = s.InternalId,
            external_id = s.ExternalId,
            uuid = s.Uuid,
            identifier = s.Identifier,
            name = s.Name,
            description = s.Description,
            status = s.Status,
            suspended = s.Status == "suspended",
            limits = new { memory = s.Limits.MemoryMib, swap = s.Limits.SwapMib, disk = s.Limits.DiskMib, io = s.Limits.Io, cpu = s.Limits.CpuPercent, threads = s.Limits.Threads, oom_disabled = s.Limits.OomDisabled },
            feature_limits = new { databases = 1, allocations = 2, backups = 3 },
            user = s.OwnerId,
            node = s.Node.Id,
            allocation = s.Allocations.First(a => a.IsDefault).Id,
            nest = s.NestId,
            egg = s.EggId,
            container = new
            {
                startup_command = s.Invocation,
                image = s.DockerImage,
                installed = s.Status is "installing" or "install_failed" ? 0 : 1,
                environment = new Dictionary<string, object> { ["SRV_NAME"] = s.Name, ["P_SERVER_UUID"] = s.Uuid, ["P_SERVER_ALLOCATION_LIMIT"] = 2 },
            },
            updated_at = Iso(s.CreatedAt),
            created_at = Iso(s.CreatedAt),
        },
    };

    private static object Node(EmulatedNode n, Fleet fleet)
    {
        var servers = fleet.Servers.Where(s => s.Node == n).ToList();
        return new
        {
            @object = "node",
            attributes = new
            {
                id = n.Id, uuid = n.Uuid, @public = true, name = n.Name, description = n.Description, location_id = 1, fqdn = n.Fqdn,
                scheme = n.Scheme, behind_proxy = false, maintenance_mode = n.MaintenanceMode, memory = n.MemoryMib, memory_overallocate = 0,
                disk = n.DiskMib, disk_overallocate = 0, upload_size = 100, daemon_listen = n.DaemonListen, daemon_sftp = n.DaemonSftp,
                daemon_base = "/var/lib/pterodactyl/volumes", created_at = Iso(n.CreatedAt), updated_at = Iso(n.CreatedAt),
                allocated_resources = new { memory = servers.Sum(s => (long)s.Limits.MemoryMib), disk = servers.Sum(s => (long)s.Limits.DiskMib) },
            },
        };
    }

    private static string Iso(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);
}

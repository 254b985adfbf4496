using PteroPulse.Emulators.Panel.Model;

namespace PteroPulse.Emulators.Panel.Http;

/// <summary>The client API's ServerTransformer and StatsTransformer, keys in the panel's order.</summary>
internal static class ClientTransformer
{
    public static object Server(EmulatedServer server, Caller caller)
    {
        var seesAllocations = caller.Can("allocation.read");
        var allocations = server.Allocations
            .Where(a => seesAllocations || a.IsDefault)
            .Select(a => new
            {
                @object = "allocation",
                attributes = new { id = a.Id, ip = a.Ip, ip_alias = a.IpAlias, port = a.Port, notes = seesAllocations ? a.Notes : null, is_default = a.IsDefault },
            });
        object variables = caller.Can("startup.read")
            ? new
            {
                @object = "list",
                data = new[]
                {
                    new
                    {
                        @object = "egg_variable",
                        attributes = new
                        {
                            name = "Server Name", description = "Name shown in the server browser.", env_variable = "SRV_NAME",
                            default_value = "Pterodactyl Server", server_value = server.Name, is_editable = true, rules = "required|string|max:64",
                        },
                    },
                },
            }
            : new { @object = "null_resource", attributes = (object?)null };
        var limits = server.Limits;
        return new
        {
            @object = "server",
            attributes = new
            {
                server_owner = server.OwnerId == caller.User.Id,
                identifier = server.Identifier,
                internal_id = server.InternalId,
                uuid = server.Uuid,
                name = server.Name,
                node = server.Node.Name,
                is_node_under_maintenance = server.Node.MaintenanceMode,
                sftp_details = new { ip = server.Node.Fqdn, port = server.Node.DaemonSftp },
                description = server.Description,
                limits = new { memory = limits.MemoryMib, swap = limits.SwapMib, disk = limits.DiskMib, io = limits.Io, cpu = limits.CpuPercent, threads = limits.Threads, oom_disabled = limits.OomDisabled },
                invocation = server.Invocation,
                docker_image = server.DockerImage,
                egg_features = server.InternalId % 2 == 0 ? new[] { "eula", "java_version" } : null,
                feature_limits = new { databases = 1, allocations = 2, backups = 3 },
                status = server.Status,
                is_suspended = server.Status == "suspended",
                is_installing = server.Status is "installing" or "install_failed",
                is_transferring = server.IsTransferring,
                relationships = new
                {
                    allocations = new { @object = "list", data = allocations },
                    variables,
                },
            },
        };
    }

    public static object Stats(ResourceSnapshot snapshot, bool suspended) => new
    {
        @object = "stats",
        attributes = new
        {
            current_state = snapshot.State,
            is_suspended = suspended,
            resources = new
            {
                memory_bytes = snapshot.MemoryBytes,
                cpu_absolute = snapshot.CpuAbsolute,
                disk_bytes = snapshot.DiskBytes,
                network_rx_bytes = snapshot.NetworkRxBytes,
                network_tx_bytes = snapshot.NetworkTxBytes,
                uptime = snapshot.UptimeMilliseconds,
            },
        },
    };
}

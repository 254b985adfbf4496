using PteroPulse.Contracts;
using PteroPulse.Poller.Pterodactyl;

namespace PteroPulse.Poller.Polling;

/// <summary>Turns a panel answer about one server into the state the bot shows, or null when it says nothing about the server.</summary>
public static class SampleMapper
{
    public static ServerSample? ToSample(PanelServer server, PanelResult<ResourceUsage> result, DateTimeOffset at)
    {
        var state = result.Outcome switch
        {
            PanelOutcome.Ok => StateOf(result.Value!.State),
            PanelOutcome.Conflict => result.Conflict switch
            {
                PanelConflict.Suspended => ServerPowerState.Suspended,
                PanelConflict.Installing => ServerPowerState.Installing,
                PanelConflict.Restoring => ServerPowerState.Restoring,
                PanelConflict.Transferring => ServerPowerState.Transferring,
                // A node in maintenance cannot be asked: like a node that is down, the last values stand.
                _ => ServerPowerState.Unreachable,
            },
            PanelOutcome.NodeUnreachable or PanelOutcome.NodeError or PanelOutcome.PanelUnreachable
                or PanelOutcome.NotJson or PanelOutcome.PanelError => ServerPowerState.Unreachable,
            _ => (ServerPowerState?)null,
        };
        if (state is not { } known)
        {
            return null;
        }

        var usage = result.IsOk ? result.Value! : null;
        return new ServerSample
        {
            ServerId = server.Identifier,
            Name = server.Name,
            State = known,
            IsSuspended = known == ServerPowerState.Suspended || usage?.IsSuspended == true,
            CpuPercent = usage?.CpuAbsolute ?? 0,
            CpuLimitPercent = server.CpuLimitPercent,
            MemoryBytes = usage?.MemoryBytes ?? 0,
            MemoryLimitBytes = server.MemoryLimitMib * 1024 * 1024,
            DiskBytes = usage?.DiskBytes ?? 0,
            DiskLimitBytes = server.DiskLimitMib * 1024 * 1024,
            NetworkRxBytes = usage?.NetworkRxBytes ?? 0,
            NetworkTxBytes = usage?.NetworkTxBytes ?? 0,
            Uptime = TimeSpan.FromMilliseconds(usage?.UptimeMilliseconds ?? 0),
            SampledAt = at,
            Node = server.Node,
        };
    }

    /// <summary>"stopped" is the panel's fallback when Wings omits the state.</summary>
    public static ServerPowerState StateOf(string state) => state switch
    {
        "offline" or "stopped" => ServerPowerState.Offline,
        "starting" => ServerPowerState.Starting,
        "running" => ServerPowerState.Running,
        "stopping" => ServerPowerState.Stopping,
        _ => ServerPowerState.Unknown,
    };
}

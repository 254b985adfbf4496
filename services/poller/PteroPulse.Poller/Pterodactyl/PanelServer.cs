namespace PteroPulse.Poller.Pterodactyl;

/// <summary>A server as the client API lists it, reduced to what PteroPulse uses.</summary>
public sealed record PanelServer
{
    /// <summary>The panel's identifier (8 characters today; treated as opaque).</summary>
    public required string Identifier { get; init; }

    public required string Uuid { get; init; }

    public required string Name { get; init; }

    public string Description { get; init; } = "";

    public string? Node { get; init; }

    public bool NodeUnderMaintenance { get; init; }

    /// <summary>Percent of one core; 0 = unlimited.</summary>
    public long CpuLimitPercent { get; init; }

    public long MemoryLimitMib { get; init; }

    public long DiskLimitMib { get; init; }

    /// <summary>null, installing, install_failed, reinstall_failed, suspended, restoring_backup.</summary>
    public string? Status { get; init; }

    public bool IsSuspended { get; init; }

    public bool IsTransferring { get; init; }

    public string? AllocationIp { get; init; }

    public string? AllocationAlias { get; init; }

    public int? AllocationPort { get; init; }
}

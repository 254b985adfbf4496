namespace PteroPulse.Emulators.Panel.Model;

/// <summary>A Wings node. Its fault decides what the panel answers for every server on it.</summary>
public sealed class EmulatedNode
{
    public required int Id { get; init; }

    public required string Uuid { get; init; }

    public required string Name { get; init; }

    public required string Fqdn { get; init; }

    public string Description { get; init; } = "";

    public string Scheme { get; init; } = "https";

    public int DaemonListen { get; init; } = 8443;

    public int DaemonSftp { get; init; } = 2022;

    public long MemoryMib { get; init; } = 126_976;

    public long DiskMib { get; init; } = 1_843_200;

    /// <summary>Signs websocket JWTs, as the real node's daemon token does.</summary>
    public required string DaemonToken { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public volatile bool MaintenanceMode;

    public volatile NodeFault Fault;

    /// <summary>How long the panel waits on the dead node before answering (refused ≈ 0 s, connect timeout 5 s, hang 15 s).</summary>
    public TimeSpan FaultDelay { get; set; }

    /// <summary>The HTTP status Wings answers with in <see cref="NodeFault.WingsError"/>.</summary>
    public int WingsErrorCode { get; set; } = 500;
}

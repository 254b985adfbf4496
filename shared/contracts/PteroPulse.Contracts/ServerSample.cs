namespace PteroPulse.Contracts;

/// <summary>
/// One reading of one game server, as the poller took it from the panel. Carried by <see cref="ServerSampled"/> and
/// <see cref="ServerStateChanged"/>.
/// </summary>
public sealed record ServerSample
{
    /// <summary>The panel's 8-character short identifier.</summary>
    public required string ServerId { get; init; }

    public required string Name { get; init; }

    public required ServerPowerState State { get; init; }

    public required bool IsSuspended { get; init; }

    /// <summary>CPU use in percent of one core, as the panel reports it (200 = two cores busy).</summary>
    public required double CpuPercent { get; init; }

    /// <summary>The server's CPU limit in percent of one core; 0 means unlimited.</summary>
    public required double CpuLimitPercent { get; init; }

    public required long MemoryBytes { get; init; }

    /// <summary>0 means unlimited.</summary>
    public required long MemoryLimitBytes { get; init; }

    public required long DiskBytes { get; init; }

    /// <summary>0 means unlimited.</summary>
    public required long DiskLimitBytes { get; init; }

    public required long NetworkRxBytes { get; init; }

    public required long NetworkTxBytes { get; init; }

    public required TimeSpan Uptime { get; init; }

    public required DateTimeOffset SampledAt { get; init; }

    /// <summary>The node the server lives on, when the panel names it.</summary>
    public string? Node { get; init; }
}

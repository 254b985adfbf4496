namespace PteroPulse.Emulators.Panel.Model;

/// <summary>One game server: what the panel stores about it, plus its live power state and load.</summary>
public sealed class EmulatedServer
{
    public required int InternalId { get; init; }

    public required string Uuid { get; init; }

    /// <summary>The panel's uuidShort: the first 8 characters of the UUID.</summary>
    public string Identifier => Uuid[..8];

    public required string Name { get; set; }

    public string Description { get; set; } = "";

    public string? ExternalId { get; init; }

    public required EmulatedNode Node { get; init; }

    public required int OwnerId { get; init; }

    public required ServerLimits Limits { get; init; }

    public required IReadOnlyList<EmulatedAllocation> Allocations { get; init; }

    public string DockerImage { get; init; } = "ghcr.io/pterodactyl/yolks:java_17";

    public string Invocation { get; init; } = "java -Xms128M -XX:MaxRAMPercentage=95.0 -jar server.jar";

    public int EggId { get; init; } = 1;

    public int NestId { get; init; } = 1;

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>null (normal), installing, install_failed, reinstall_failed, suspended, restoring_backup.</summary>
    public volatile string? Status;

    public volatile bool IsTransferring;

    public required PowerTimeline Power { get; init; }

    public required LoadProfile Load { get; init; }

    public string StateAt(DateTimeOffset now) => Power.StateAt(now);

    /// <summary>What Wings would report now; offline zeroes everything but disk, as Wings does.</summary>
    public ResourceSnapshot ResourcesAt(DateTimeOffset now)
    {
        var state = Power.StateAt(now);
        var disk = Load.DiskBytes;
        if (state == PowerStates.Offline)
        {
            return new ResourceSnapshot(state, 0, 0, disk, 0, 0, 0);
        }

        var uptime = Math.Max(0, (long)(now - Power.ContainerStartedAt).TotalMilliseconds);
        var seconds = uptime / 1000.0;
        var cpu = Load.Cpu(now, state, Limits.CpuPercent);
        var memory = Load.Memory(now, state, Limits.MemoryMib);
        return new ResourceSnapshot(state, memory, cpu, disk,
            (long)(seconds * Load.RxBytesPerSecond), (long)(seconds * Load.TxBytesPerSecond), uptime);
    }
}

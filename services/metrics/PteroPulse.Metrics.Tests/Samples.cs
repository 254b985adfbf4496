using PteroPulse.Contracts;

namespace PteroPulse.Metrics.Tests;

/// <summary>Builds samples for tests; every test uses its own server id so tests sharing one Redis never collide.</summary>
internal static class Samples
{
    /// <summary>A whole minute, so "seconds after Start" land in known hour-series buckets.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    public static string NewServerId() => Guid.NewGuid().ToString("N")[..8];

    public static ServerSample At(string serverId, DateTimeOffset sampledAt, double cpu = 10, long memory = 1_000_000) => new()
    {
        ServerId = serverId,
        Name = "Test server",
        State = ServerPowerState.Running,
        IsSuspended = false,
        CpuPercent = cpu,
        CpuLimitPercent = 200,
        MemoryBytes = memory,
        MemoryLimitBytes = 4L << 30,
        DiskBytes = 0,
        DiskLimitBytes = 0,
        NetworkRxBytes = 0,
        NetworkTxBytes = 0,
        Uptime = TimeSpan.FromMinutes(5),
        SampledAt = sampledAt,
    };

    public static ServerSample SecondsAfterStart(string serverId, double seconds, double cpu = 10, long memory = 1_000_000) =>
        At(serverId, Start.AddSeconds(seconds), cpu, memory);
}

using Microsoft.Extensions.Options;
using PteroPulse.Contracts;

namespace PteroPulse.DiscordGateway.Tests;

/// <summary>Readable test data: a running two-core server and helpers around it.</summary>
internal static class Samples
{
    public static readonly DateTimeOffset Now = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    public static ServerSample Server(
        string id = "5e8b2c41", ServerPowerState state = ServerPowerState.Running, bool suspended = false,
        double cpu = 90, double cpuLimit = 200, long memory = 3L << 30, long memoryLimit = 4L << 30) => new()
    {
        ServerId = id,
        Name = "Midgard (Valheim)",
        State = state,
        IsSuspended = suspended,
        CpuPercent = cpu,
        CpuLimitPercent = cpuLimit,
        MemoryBytes = memory,
        MemoryLimitBytes = memoryLimit,
        DiskBytes = 10L << 30,
        DiskLimitBytes = 20L << 30,
        NetworkRxBytes = 1536 * 1024,
        NetworkTxBytes = 300 * 1024,
        Uptime = new TimeSpan(3, 4, 12, 30),
        SampledAt = Now,
        Node = "fra1",
    };

    public static ServerSummary Summary(string id = "5e8b2c41", bool withAddress = true) => new()
    {
        ServerId = id,
        Uuid = $"{id}-0000-0000-0000-000000000000",
        Name = "Midgard (Valheim)",
        Description = "Viking survival for the guild",
        Node = "fra1",
        DefaultAllocation = withAddress ? new ServerAllocation { Ip = "10.0.0.5", IpAlias = "play.example.org", Port = 2456 } : null,
    };

    public static ServerStateChanged Change(
        ServerPowerState from, ServerPowerState to, DateTimeOffset at, bool byBot = false, string id = "5e8b2c41",
        DateTimeOffset? unreachableSince = null) => new()
    {
        Current = Server(id, to) with { SampledAt = at },
        PreviousState = from,
        Reason = StateChangeReason.PowerStateChanged,
        ObservedAt = at,
        CausedByPowerSignal = byBot,
        UnreachableSince = unreachableSince,
    };

    public static IOptionsMonitor<DiscordGatewayOptions> Options(Action<DiscordGatewayOptions>? configure = null)
    {
        var options = new DiscordGatewayOptions { Token = "test-token", ApplicationId = 1310000000000000000 };
        configure?.Invoke(options);
        return new StaticOptionsMonitor<DiscordGatewayOptions>(options);
    }
}

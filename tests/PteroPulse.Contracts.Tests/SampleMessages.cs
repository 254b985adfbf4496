using PteroPulse.Contracts;

namespace PteroPulse.Contracts.Tests;

/// <summary>One filled-in instance of every message, with non-default values in every member.</summary>
internal static class SampleMessages
{
    private static readonly DateTimeOffset At = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    public static readonly ServerSample Sample = new()
    {
        ServerId = "1a7ce997",
        Name = "Survival 🌲 サーバー",
        State = ServerPowerState.Running,
        IsSuspended = false,
        CpuPercent = 187.5,
        CpuLimitPercent = 400,
        MemoryBytes = 3_221_225_472,
        MemoryLimitBytes = 4_294_967_296,
        DiskBytes = 10_737_418_240,
        DiskLimitBytes = 21_474_836_480,
        NetworkRxBytes = 123_456,
        NetworkTxBytes = 654_321,
        Uptime = TimeSpan.FromHours(76.2),
        SampledAt = At,
        Node = "node-eu-1",
    };

    private static readonly ServerSummary Summary = new()
    {
        ServerId = "1a7ce997",
        Uuid = "1a7ce997-259b-452e-8b4e-cecc464142ca",
        Name = "Survival",
        Description = "Vanilla 1.21",
        Node = "node-eu-1",
        DefaultAllocation = new ServerAllocation { Ip = "10.0.0.5", IpAlias = "play.example.org", Port = 25565 },
        IsSuspended = true,
    };

    private static readonly MetricPoint Point = new()
    {
        At = At,
        CpuPercent = 42.5,
        MemoryBytes = 1024,
        CpuMaxPercent = 80,
        MemoryMaxBytes = 2048,
    };

    public static IEnumerable<object> All() =>
    [
        new ServerSampled { Sample = Sample },
        new ServerStateChanged
        {
            Current = Sample with { State = ServerPowerState.Unreachable },
            PreviousState = ServerPowerState.Running,
            Reason = StateChangeReason.Unreachable,
            ObservedAt = At,
            UnreachableSince = At.AddMinutes(-3),
            CausedByPowerSignal = true,
        },
        new ServerListChanged { Servers = [Summary], Added = ["1a7ce997"], Removed = ["deadbeef"], ChangedAt = At },
        new ListServers { Refresh = true },
        new ServerList { Servers = [Summary], ListedAt = At },
        new SendPowerSignal { ServerId = "1a7ce997", Signal = PowerSignal.Restart, RequestedBy = "80351110224678912" },
        new PowerSignalAccepted { ServerId = "1a7ce997", Signal = PowerSignal.Restart, AcceptedAt = At },
        new PowerSignalRejected { ServerId = "1a7ce997", Signal = PowerSignal.Start, Reason = PowerSignalRejection.Suspended, Detail = "This server is currently suspended and the functionality requested is unavailable." },
        new GetServerHistory { ServerId = "1a7ce997", Window = HistoryWindow.LastHour },
        new ServerHistory { ServerId = "1a7ce997", Window = HistoryWindow.LastHour, Points = [Point] },
        new ServerMetricsRecorded { ServerId = "1a7ce997", SampledAt = At, StoredSamples = 6 },
        new RenderServerGraph
        {
            ServerId = "1a7ce997",
            ServerName = "Survival",
            State = ServerPowerState.Running,
            Points = [Point],
            CpuLimitPercent = 400,
            MemoryLimitBytes = 4096,
            Window = HistoryWindow.LastHour,
        },
        new ServerGraphRendered { ServerId = "1a7ce997", Png = [0x89, 0x50, 0x4E, 0x47], Width = 800, Height = 400 },
    ];
}

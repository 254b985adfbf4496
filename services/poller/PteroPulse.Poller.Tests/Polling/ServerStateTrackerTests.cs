using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PteroPulse.Contracts;
using PteroPulse.Poller.Polling;

namespace PteroPulse.Poller.Tests.Polling;

/// <summary>The update policy, one row per trigger: what was published last, what comes in, what must happen.</summary>
public sealed class ServerStateTrackerTests
{
    private const long GiB = 1024L * 1024 * 1024;

    public static TheoryData<string, Reading, int, Reading, StateChangeReason?, ServerPowerState> Rows => new()
    {
        // name, published first, seconds later, then observed, expected reason (null = no update), expected state
        { "power state changed", R(ServerPowerState.Running), 10, R(ServerPowerState.Stopping), StateChangeReason.PowerStateChanged, ServerPowerState.Stopping },
        { "cpu up by the threshold", R(cpu: 20), 10, R(cpu: 70), StateChangeReason.CpuJump, ServerPowerState.Running },
        { "cpu down by the threshold", R(cpu: 120), 10, R(cpu: 70), StateChangeReason.CpuJump, ServerPowerState.Running },
        { "cpu just under the threshold", R(cpu: 20), 10, R(cpu: 69.9), null, ServerPowerState.Running },
        { "memory by 20% of the limit", R(memory: 1 * GiB), 10, R(memory: (long)(2.7 * GiB)), StateChangeReason.MemoryJump, ServerPowerState.Running },
        { "memory under 20% of the limit", R(memory: 1 * GiB), 10, R(memory: (long)(2.5 * GiB)), null, ServerPowerState.Running },
        { "memory by 1 GiB without a limit", R(memory: 1 * GiB, limit: 0), 10, R(memory: 2 * GiB, limit: 0), StateChangeReason.MemoryJump, ServerPowerState.Running },
        { "periodic refresh after a minute", R(), 60, R(cpu: 21), StateChangeReason.PeriodicRefresh, ServerPowerState.Running },
        { "nothing new before the refresh", R(), 59, R(cpu: 21), null, ServerPowerState.Running },
        { "node unreachable", R(), 10, R(ServerPowerState.Unreachable), StateChangeReason.Unreachable, ServerPowerState.Unreachable },
        { "still unreachable", R(ServerPowerState.Unreachable), 120, R(ServerPowerState.Unreachable), null, ServerPowerState.Unreachable },
        { "recovered", R(ServerPowerState.Unreachable), 30, R(ServerPowerState.Running), StateChangeReason.Recovered, ServerPowerState.Running },
        { "recovered as offline", R(ServerPowerState.Unreachable), 30, R(ServerPowerState.Offline), StateChangeReason.Recovered, ServerPowerState.Offline },
        { "suspended", R(), 10, R(ServerPowerState.Suspended), StateChangeReason.PowerStateChanged, ServerPowerState.Suspended },
        { "power change wins over a cpu jump", R(cpu: 0), 10, R(ServerPowerState.Starting, cpu: 90), StateChangeReason.PowerStateChanged, ServerPowerState.Starting },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Publishes_a_change_only_when_a_trigger_fires(string name, Reading first, int secondsLater, Reading then,
        StateChangeReason? expected, ServerPowerState expectedState)
    {
        var time = new FakeTimeProvider();
        var tracker = Tracker();
        tracker.Observe(first.ToSample(time.GetUtcNow()));
        time.Advance(TimeSpan.FromSeconds(secondsLater));

        var change = tracker.Observe(then.ToSample(time.GetUtcNow()));

        Assert.True(expected == change?.Reason, $"{name}: expected {expected?.ToString() ?? "no update"}, got {change?.Reason.ToString() ?? "no update"}");
        Assert.Equal(expectedState, tracker.LastPublished("srv1")!.State);
    }

    [Fact]
    public void Publishes_appeared_for_a_servers_first_sample()
    {
        var tracker = Tracker();

        var change = tracker.Observe(R().ToSample(DateTimeOffset.UnixEpoch));

        Assert.Equal(StateChangeReason.Appeared, change!.Reason);
        Assert.Equal(ServerPowerState.Unknown, change.PreviousState);
    }

    [Fact]
    public void Keeps_the_last_known_values_and_since_when_while_unreachable()
    {
        var time = new FakeTimeProvider();
        var tracker = Tracker();
        tracker.Observe(R(cpu: 42, memory: 3 * GiB).ToSample(time.GetUtcNow()));
        time.Advance(TimeSpan.FromSeconds(10));
        var wentAt = time.GetUtcNow();

        var change = tracker.Observe(R(ServerPowerState.Unreachable, cpu: 0, memory: 0).ToSample(wentAt))!;

        Assert.Equal(ServerPowerState.Unreachable, change.Current.State);
        Assert.Equal(42, change.Current.CpuPercent);
        Assert.Equal(3 * GiB, change.Current.MemoryBytes);
        Assert.Equal(wentAt, change.UnreachableSince);
        Assert.Equal(ServerPowerState.Running, change.PreviousState);
    }

    [Fact]
    public void Publishes_disappeared_once_for_a_known_server()
    {
        var tracker = Tracker();
        tracker.Observe(R().ToSample(DateTimeOffset.UnixEpoch));

        var first = tracker.Disappeared("srv1", DateTimeOffset.UnixEpoch.AddMinutes(1));
        var second = tracker.Disappeared("srv1", DateTimeOffset.UnixEpoch.AddMinutes(2));

        Assert.Equal(StateChangeReason.Disappeared, first!.Reason);
        Assert.Null(second);
    }

    [Fact]
    public void Marks_changes_caused_by_a_power_signal()
    {
        var tracker = Tracker();
        tracker.Observe(R().ToSample(DateTimeOffset.UnixEpoch));

        var change = tracker.Observe(R(ServerPowerState.Stopping).ToSample(DateTimeOffset.UnixEpoch.AddSeconds(2)), causedByPowerSignal: true);

        Assert.True(change!.CausedByPowerSignal);
    }

    private static ServerStateTracker Tracker() => new(Options.Create(new UpdatePolicyOptions()));

    private static Reading R(ServerPowerState state = ServerPowerState.Running, double cpu = 20, long memory = 1 * GiB, long limit = 8 * GiB) =>
        new(state, cpu, memory, limit);

    public sealed record Reading(ServerPowerState State, double Cpu, long Memory, long MemoryLimit)
    {
        public ServerSample ToSample(DateTimeOffset at) => new()
        {
            ServerId = "srv1", Name = "Midgard", State = State, IsSuspended = State == ServerPowerState.Suspended,
            CpuPercent = Cpu, CpuLimitPercent = 400, MemoryBytes = Memory, MemoryLimitBytes = MemoryLimit, DiskBytes = 0,
            DiskLimitBytes = 0, NetworkRxBytes = 0, NetworkTxBytes = 0, Uptime = TimeSpan.Zero, SampledAt = at,
        };
    }
}

using PteroPulse.Contracts;
using PteroPulse.DiscordGateway.Alerts;

namespace PteroPulse.DiscordGateway.Tests.Alerts;

public sealed class AlertPolicyTests
{
    private static readonly DateTimeOffset T0 = Samples.Now;

    private readonly AlertPolicy _policy = new(Samples.Options(o =>
    {
        o.Alerts.ChannelId = 42;
        o.Alerts.StuckStartingAfter = TimeSpan.FromMinutes(5);
        o.Alerts.UnreachableAfter = TimeSpan.FromMinutes(3);
        o.Alerts.CpuThresholdPercent = 90;
        o.Alerts.MemoryThresholdPercent = 90;
        o.Alerts.SustainedPoints = 6;
    }));

    private static IReadOnlyList<MetricPoint> History(params (double Cpu, long Memory)[] points) =>
        points.Select((p, i) => new MetricPoint { At = T0.AddSeconds(i * 10), CpuPercent = p.Cpu, MemoryBytes = p.Memory }).ToList();

    private static IReadOnlyList<MetricPoint> Cpu(params double[] cpu) => History(cpu.Select(c => (c, 1L)).ToArray());

    [Fact]
    public void Raises_a_crash_when_a_running_server_goes_offline_by_itself()
    {
        var alerts = _policy.ObserveState(Samples.Change(ServerPowerState.Running, ServerPowerState.Offline, T0));

        var alert = Assert.Single(alerts);
        Assert.Equal(AlertKind.Crashed, alert.Kind);
        Assert.False(alert.IsRecovery);
        Assert.Contains("crashed", alert.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Raises_no_crash_when_the_bot_stopped_the_server()
    {
        var alerts = _policy.ObserveState(Samples.Change(ServerPowerState.Running, ServerPowerState.Offline, T0, byBot: true));

        Assert.Empty(alerts);
    }

    [Fact]
    public void Raises_no_crash_for_an_orderly_stop()
    {
        _policy.ObserveState(Samples.Change(ServerPowerState.Running, ServerPowerState.Stopping, T0));

        var alerts = _policy.ObserveState(Samples.Change(ServerPowerState.Stopping, ServerPowerState.Offline, T0.AddSeconds(10)));

        Assert.Empty(alerts);
    }

    [Fact]
    public void Reports_a_crash_once_and_its_recovery_once()
    {
        var crash = _policy.ObserveState(Samples.Change(ServerPowerState.Running, ServerPowerState.Offline, T0));
        var loop = _policy.ObserveState(Samples.Change(ServerPowerState.Offline, ServerPowerState.Starting, T0.AddSeconds(10)))
            .Concat(_policy.ObserveState(Samples.Change(ServerPowerState.Starting, ServerPowerState.Offline, T0.AddSeconds(20))));
        var recovery = _policy.ObserveState(Samples.Change(ServerPowerState.Offline, ServerPowerState.Running, T0.AddSeconds(30)));
        var after = _policy.ObserveState(Samples.Change(ServerPowerState.Running, ServerPowerState.Running, T0.AddSeconds(40)));

        Assert.Single(crash);
        Assert.Empty(loop);
        var back = Assert.Single(recovery);
        Assert.True(back.IsRecovery);
        Assert.Equal(AlertKind.Crashed, back.Kind);
        Assert.Empty(after);
    }

    [Fact]
    public void Raises_stuck_starting_once_after_the_limit_then_recovers_when_running()
    {
        _policy.ObserveState(Samples.Change(ServerPowerState.Offline, ServerPowerState.Starting, T0, byBot: true));

        var early = _policy.Tick(T0.AddMinutes(5));
        var stuck = _policy.Tick(T0.AddMinutes(5).AddSeconds(1));
        var again = _policy.Tick(T0.AddMinutes(9));
        var recovered = _policy.ObserveState(Samples.Change(ServerPowerState.Starting, ServerPowerState.Running, T0.AddMinutes(10)));

        Assert.Empty(early);
        Assert.Equal(AlertKind.StuckStarting, Assert.Single(stuck).Kind);
        Assert.Empty(again);
        var back = Assert.Single(recovered);
        Assert.True(back.IsRecovery);
        Assert.Equal(AlertKind.StuckStarting, back.Kind);
    }

    [Fact]
    public void Measures_unreachable_time_from_when_the_poller_lost_the_server()
    {
        var since = T0.AddMinutes(-2);
        _policy.ObserveState(Samples.Change(ServerPowerState.Running, ServerPowerState.Unreachable, T0, unreachableSince: since));

        var alerts = _policy.Tick(T0.AddMinutes(1).AddSeconds(1));

        Assert.Equal(AlertKind.Unreachable, Assert.Single(alerts).Kind);
    }

    [Fact]
    public void Recovers_unreachable_when_the_server_answers_again()
    {
        _policy.ObserveState(Samples.Change(ServerPowerState.Running, ServerPowerState.Unreachable, T0));
        _policy.Tick(T0.AddMinutes(4));

        var alerts = _policy.ObserveState(Samples.Change(ServerPowerState.Unreachable, ServerPowerState.Running, T0.AddMinutes(5)));

        var alert = Assert.Single(alerts);
        Assert.Equal((AlertKind.Unreachable, true), (alert.Kind, alert.IsRecovery));
    }

    [Fact]
    public void Stays_quiet_about_a_short_unreachable_blip()
    {
        _policy.ObserveState(Samples.Change(ServerPowerState.Running, ServerPowerState.Unreachable, T0));
        _policy.Tick(T0.AddMinutes(1));

        var alerts = _policy.ObserveState(Samples.Change(ServerPowerState.Unreachable, ServerPowerState.Running, T0.AddMinutes(2)));

        Assert.Empty(alerts);
    }

    [Fact]
    public void Raises_high_cpu_only_when_every_point_of_the_window_is_above_the_threshold()
    {
        var server = Samples.Server(cpuLimit: 200);

        var spike = _policy.ObserveHistory(server, Cpu(190, 190, 100, 190, 190, 190), T0);
        var sustained = _policy.ObserveHistory(server, Cpu(181, 190, 199, 185, 190, 200), T0);
        var still = _policy.ObserveHistory(server, Cpu(190, 190, 190, 190, 190, 190), T0);

        Assert.Empty(spike);
        Assert.Equal(AlertKind.HighCpu, Assert.Single(sustained).Kind);
        Assert.Empty(still);
    }

    [Fact]
    public void Recovers_high_cpu_when_the_window_average_drops_below_the_threshold()
    {
        var server = Samples.Server(cpuLimit: 100);
        _policy.ObserveHistory(server, Cpu(95, 95, 95, 95, 95, 95), T0);

        var mixed = _policy.ObserveHistory(server, Cpu(95, 95, 95, 95, 95, 80), T0);
        var low = _policy.ObserveHistory(server, Cpu(95, 95, 50, 50, 50, 50), T0);

        Assert.Empty(mixed);
        Assert.True(Assert.Single(low).IsRecovery);
    }

    [Fact]
    public void Raises_high_memory_against_the_memory_limit()
    {
        var server = Samples.Server(memoryLimit: 1000);

        var alerts = _policy.ObserveHistory(server, History([.. Enumerable.Repeat((1.0, 950L), 6)]), T0);

        Assert.Equal(AlertKind.HighMemory, Assert.Single(alerts).Kind);
    }

    [Fact]
    public void Raises_no_load_alert_without_a_limit_or_with_too_little_history()
    {
        var unlimited = _policy.ObserveHistory(Samples.Server(cpuLimit: 0, memoryLimit: 0), Cpu(900, 900, 900, 900, 900, 900), T0);
        var short_ = _policy.ObserveHistory(Samples.Server(id: "other", cpuLimit: 100), Cpu(99, 99, 99), T0);

        Assert.Empty(unlimited);
        Assert.Empty(short_);
    }
}

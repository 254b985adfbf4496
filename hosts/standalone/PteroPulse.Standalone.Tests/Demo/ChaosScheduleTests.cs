using PteroPulse.Standalone.Demo;

namespace PteroPulse.Standalone.Tests.Demo;

public sealed class ChaosScheduleTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Crashes_first_after_forty_seconds_and_revives_fifteen_seconds_later()
    {
        var schedule = new ChaosSchedule(new DemoOptions(), Start);

        var early = schedule.Due(Start + TimeSpan.FromSeconds(39));
        var crash = schedule.Due(Start + ChaosSchedule.FirstCrashAfter);
        var revive = schedule.Due(Start + ChaosSchedule.FirstCrashAfter + ChaosSchedule.ReviveAfter);

        Assert.Empty(early);
        Assert.Equal([ChaosEvent.Crash], crash);
        Assert.Equal([ChaosEvent.Revive], revive);
    }

    [Fact]
    public void Takes_the_node_down_for_the_configured_duration_then_repeats_at_the_interval()
    {
        var options = new DemoOptions { NodeOutageDuration = TimeSpan.FromSeconds(30), NodeOutageInterval = TimeSpan.FromMinutes(2), CrashInterval = TimeSpan.FromHours(1) };
        var schedule = new ChaosSchedule(options, Start);
        var down = Start + ChaosSchedule.FirstOutageAfter;
        schedule.Due(Start + ChaosSchedule.FirstCrashAfter);
        schedule.Due(Start + ChaosSchedule.FirstCrashAfter + ChaosSchedule.ReviveAfter);

        var first = schedule.Due(down);
        var up = schedule.Due(down + TimeSpan.FromSeconds(30));
        var quiet = schedule.Due(down + TimeSpan.FromSeconds(119));
        var again = schedule.Due(down + TimeSpan.FromMinutes(2));

        Assert.Equal([ChaosEvent.NodeDown], first);
        Assert.Equal([ChaosEvent.NodeUp], up);
        Assert.Empty(quiet);
        Assert.Equal([ChaosEvent.NodeDown], again);
    }
}

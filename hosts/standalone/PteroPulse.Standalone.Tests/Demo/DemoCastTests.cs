using PteroPulse.Emulators.Panel;
using PteroPulse.Emulators.Panel.Model;
using PteroPulse.Standalone.Demo;

namespace PteroPulse.Standalone.Tests.Demo;

public sealed class DemoCastTests
{
    private static PanelEmulator Panel() =>
        new(new PanelEmulatorOptions { ServerCount = 36, NodeCount = 6, RunningFraction = 0.75 }, TimeProvider.System);

    [Fact]
    public void Shows_the_crash_prone_server_a_server_on_the_flaky_node_and_offline_servers_on_steady_nodes()
    {
        var panel = Panel();
        var now = panel.Time.GetUtcNow();

        var cast = DemoCast.Choose(panel, 6);

        Assert.Equal(6, cast.Showcased.Count);
        Assert.Same(cast.CrashProne, cast.Showcased[0]);
        Assert.Equal(PowerStates.Running, cast.CrashProne.StateAt(now));
        Assert.NotSame(cast.FlakyNode, cast.CrashProne.Node);
        Assert.Same(cast.FlakyNode, cast.Showcased[1].Node);
        Assert.Equal(2, cast.Showcased.Skip(2).Take(2).Count(s => s.StateAt(now) == PowerStates.Offline && s.Node != cast.FlakyNode));
    }

    [Fact]
    public void Shows_each_server_once_even_when_asked_for_more_than_the_fleet_has()
    {
        var panel = new PanelEmulator(new PanelEmulatorOptions { ServerCount = 4, NodeCount = 3 }, TimeProvider.System);

        var cast = DemoCast.Choose(panel, 20);

        Assert.Equal(cast.Showcased.Count, cast.Showcased.Distinct().Count());
        Assert.True(cast.Showcased.Count <= 4);
    }
}

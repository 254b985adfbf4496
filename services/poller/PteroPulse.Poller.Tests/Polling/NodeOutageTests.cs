using PteroPulse.Contracts;
using PteroPulse.Emulators.Panel;
using PteroPulse.Emulators.Panel.Model;
using PteroPulse.Poller.Polling;
using PteroPulse.Poller.Tests.Support;

namespace PteroPulse.Poller.Tests.Polling;

/// <summary>A node going down must read as "unreachable", never as the server being offline.</summary>
public sealed class NodeOutageTests
{
    [Fact]
    public async Task Marks_servers_on_an_offline_node_unreachable_then_recovered_with_their_real_state()
    {
        var time = FakeClock.Create();
        await using var emulator = await PanelEmulatorHost.StartAsync(o => o.RunningFraction = 1, time, cancellationToken: TestContext.Current.CancellationToken);
        await using var poller = await PollerHost.StartAsync(emulator.BaseUrl, emulator.Panel.AdminClientKey, time);
        var server = emulator.Panel.Fleet.Servers[0];
        var events = poller.Events;
        await time.AdvanceUntilAsync(() => State(events, server.Identifier) == ServerPowerState.Running, TimeSpan.FromSeconds(30), emulator.Panel);

        server.Node.Fault = NodeFault.Offline;
        server.Node.FaultDelay = TimeSpan.FromSeconds(5);
        await time.AdvanceUntilAsync(() => State(events, server.Identifier) == ServerPowerState.Unreachable, TimeSpan.FromSeconds(60), emulator.Panel);
        await time.AdvanceByAsync(TimeSpan.FromSeconds(60), emulator.Panel);
        server.Node.Fault = NodeFault.None;
        await time.AdvanceUntilAsync(() => events.ChangesOf(server.Identifier).Any(c => c.Message.Reason == StateChangeReason.Recovered),
            TimeSpan.FromSeconds(60), emulator.Panel);

        var changes = events.ChangesOf(server.Identifier).Select(c => c.Message).ToList();
        Assert.DoesNotContain(changes, c => c.Current.State == ServerPowerState.Offline);
        Assert.Single(changes, c => c.Reason == StateChangeReason.Unreachable);
        var unreachable = changes.Single(c => c.Reason == StateChangeReason.Unreachable);
        Assert.NotNull(unreachable.UnreachableSince);
        Assert.True(unreachable.Current.MemoryBytes > 0, "the last known values stand while unreachable");
        var recovered = changes.Single(c => c.Reason == StateChangeReason.Recovered);
        Assert.Equal(ServerPowerState.Unreachable, recovered.PreviousState);
        Assert.Equal(ServerPowerState.Running, recovered.Current.State);
        Assert.Equal(StateChangeReason.Recovered, changes[^1].Reason);
        var otherNode = emulator.Panel.Fleet.Servers.First(s => s.Node != server.Node);
        Assert.DoesNotContain(events.ChangesOf(otherNode.Identifier), c => c.Message.Current.State == ServerPowerState.Unreachable);
    }

    private static ServerPowerState? State(RecordingPublisher events, string serverId) =>
        events.ChangesOf(serverId).LastOrDefault().Message?.Current.State;
}

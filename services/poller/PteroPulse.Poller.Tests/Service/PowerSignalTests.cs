using MassTransit;
using PteroPulse.Contracts;
using PteroPulse.Emulators.Panel;
using PteroPulse.Emulators.Panel.Model;
using PteroPulse.Poller.Tests.Support;

namespace PteroPulse.Poller.Tests.Service;

/// <summary>SendPowerSignal through the bus: the panel's refusal comes back with its reason; an accepted signal shows fast.</summary>
public sealed class PowerSignalTests
{
    [Fact]
    public async Task Rejects_a_signal_for_a_suspended_server_with_the_panels_reason()
    {
        var time = FakeClock.Create();
        await using var emulator = await PanelEmulatorHost.StartAsync(null, time, cancellationToken: TestContext.Current.CancellationToken);
        await using var poller = await PollerHost.StartAsync(emulator.BaseUrl, emulator.Panel.AdminClientKey, time);
        var server = emulator.Panel.Fleet.Servers[0];
        server.Status = "suspended";

        var response = await Send(poller, time, emulator, new SendPowerSignal { ServerId = server.Identifier, Signal = PowerSignal.Start, RequestedBy = "42" });

        Assert.True(response.Is(out Response<PowerSignalRejected>? rejected));
        Assert.Equal(PowerSignalRejection.Suspended, rejected.Message.Reason);
        Assert.Equal("This server is currently suspended and the functionality requested is unavailable.", rejected.Message.Detail);
    }

    [Fact]
    public async Task Rejects_a_signal_for_a_server_on_a_dead_node_as_node_unreachable()
    {
        var time = FakeClock.Create();
        await using var emulator = await PanelEmulatorHost.StartAsync(null, time, cancellationToken: TestContext.Current.CancellationToken);
        await using var poller = await PollerHost.StartAsync(emulator.BaseUrl, emulator.Panel.AdminClientKey, time);
        var server = emulator.Panel.Fleet.Servers[0];
        server.Node.Fault = NodeFault.Offline;

        var response = await Send(poller, time, emulator, new SendPowerSignal { ServerId = server.Identifier, Signal = PowerSignal.Stop });

        Assert.True(response.Is(out Response<PowerSignalRejected>? rejected));
        Assert.Equal(PowerSignalRejection.NodeUnreachable, rejected.Message.Reason);
    }

    [Fact]
    public async Task Publishes_the_new_state_within_3_seconds_of_the_panel_showing_it()
    {
        var time = FakeClock.Create();
        await using var emulator = await PanelEmulatorHost.StartAsync(o => o.RunningFraction = 0, time, cancellationToken: TestContext.Current.CancellationToken);
        // A one-minute poll interval: only the follow-up sampling can make the 3 s.
        await using var poller = await PollerHost.StartAsync(emulator.BaseUrl, emulator.Panel.AdminClientKey, time,
            new Dictionary<string, string?> { ["Pterodactyl:PollInterval"] = "00:01:00" });
        var server = emulator.Panel.Fleet.Servers[0];
        await time.AdvanceUntilAsync(() => poller.Events.ChangesOf(server.Identifier).Count > 0, TimeSpan.FromMinutes(2), emulator.Panel);

        var response = await Send(poller, time, emulator, new SendPowerSignal { ServerId = server.Identifier, Signal = PowerSignal.Start });
        await time.AdvanceUntilAsync(() => Running(poller, server.Identifier) is not null, TimeSpan.FromMinutes(1), emulator.Panel);

        Assert.True(response.Is(out Response<PowerSignalAccepted>? _));
        var (publishedAt, change) = Running(poller, server.Identifier)!.Value;
        var observableAt = emulator.Panel.ObservableAt(server.Identifier, PowerStates.Running)!.Value;
        Assert.InRange(publishedAt - observableAt, TimeSpan.Zero, TimeSpan.FromSeconds(3));
        Assert.True(change.CausedByPowerSignal);
    }

    private static (DateTimeOffset At, ServerStateChanged Message)? Running(PollerHost poller, string serverId) =>
        poller.Events.ChangesOf(serverId).Where(c => c.Message.Current.State == ServerPowerState.Running)
            .Select(c => ((DateTimeOffset, ServerStateChanged)?)c).FirstOrDefault();

    private static Task<Response<PowerSignalAccepted, PowerSignalRejected>> Send(PollerHost poller, Microsoft.Extensions.Time.Testing.FakeTimeProvider time,
        PanelEmulatorHost emulator, SendPowerSignal message)
    {
        var client = poller.Get<IBus>().CreateRequestClient<SendPowerSignal>(RequestTimeout.After(s: 60));
        return time.RunAsync(client.GetResponse<PowerSignalAccepted, PowerSignalRejected>(message, TestContext.Current.CancellationToken), emulator.Panel);
    }
}

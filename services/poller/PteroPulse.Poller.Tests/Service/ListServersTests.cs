using MassTransit;
using PteroPulse.Contracts;
using PteroPulse.Emulators.Panel;
using PteroPulse.Poller.Tests.Support;

namespace PteroPulse.Poller.Tests.Service;

public sealed class ListServersTests
{
    [Fact]
    public async Task Answers_list_servers_and_publishes_the_list_once_then_additions_and_removals()
    {
        var time = FakeClock.Create();
        await using var emulator = await PanelEmulatorHost.StartAsync(o => o.ServerCount = 150, time, cancellationToken: TestContext.Current.CancellationToken);
        await using var poller = await PollerHost.StartAsync(emulator.BaseUrl, emulator.Panel.AdminClientKey, time);
        var client = poller.Get<IBus>().CreateRequestClient<ListServers>();

        var response = await time.RunAsync(client.GetResponse<ServerList>(new ListServers(), TestContext.Current.CancellationToken), emulator.Panel);
        await time.AdvanceByAsync(TimeSpan.FromMinutes(3), emulator.Panel, TimeSpan.FromMilliseconds(500));

        Assert.Equal(150, response.Message.Servers.Count);
        var first = response.Message.Servers.Single(s => s.ServerId == emulator.Panel.Fleet.Servers[0].Identifier);
        Assert.Equal("Midgard (Valheim)", first.Name);
        Assert.NotNull(first.DefaultAllocation);
        var published = Assert.Single(poller.Events.Of<ServerListChanged>());
        Assert.Equal(150, published.Message.Added.Count);
    }

    [Fact]
    public async Task Refreshes_on_demand_and_reports_a_renamed_server()
    {
        var time = FakeClock.Create();
        await using var emulator = await PanelEmulatorHost.StartAsync(o => o.ServerCount = 5, time, cancellationToken: TestContext.Current.CancellationToken);
        await using var poller = await PollerHost.StartAsync(emulator.BaseUrl, emulator.Panel.AdminClientKey, time);
        var client = poller.Get<IBus>().CreateRequestClient<ListServers>();
        await time.RunAsync(client.GetResponse<ServerList>(new ListServers(), TestContext.Current.CancellationToken), emulator.Panel);
        emulator.Panel.Fleet.Servers[1].Name = "Вальхалла 🛡️";

        var response = await time.RunAsync(client.GetResponse<ServerList>(new ListServers { Refresh = true }, TestContext.Current.CancellationToken), emulator.Panel);

        Assert.Contains(response.Message.Servers, s => s.Name == "Вальхалла 🛡️");
        Assert.Equal(2, poller.Events.Of<ServerListChanged>().Count);
    }
}

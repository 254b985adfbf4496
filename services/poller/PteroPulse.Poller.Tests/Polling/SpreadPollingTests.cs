using PteroPulse.Contracts;
using PteroPulse.Emulators.Panel;
using PteroPulse.Poller.Tests.Support;

namespace PteroPulse.Poller.Tests.Polling;

public sealed class SpreadPollingTests
{
    [Fact]
    public async Task Samples_every_server_each_interval_spread_evenly_instead_of_in_a_burst()
    {
        var time = FakeClock.Create();
        await using var emulator = await PanelEmulatorHost.StartAsync(o => o.ServerCount = 20, time, cancellationToken: TestContext.Current.CancellationToken);
        await using var poller = await PollerHost.StartAsync(emulator.BaseUrl, emulator.Panel.AdminClientKey, time);
        await time.AdvanceByAsync(TimeSpan.FromSeconds(30), emulator.Panel);
        var from = time.GetUtcNow();

        await time.AdvanceByAsync(TimeSpan.FromMinutes(1), emulator.Panel);

        var resources = emulator.Panel.Requests.Entries.Where(r => r.At > from && r.Path.EndsWith("/resources", StringComparison.Ordinal)).ToList();
        // 20 servers every 10 s: one request every 0.5 s, never a burst of the whole fleet.
        Assert.All(resources, r => Assert.InRange(resources.Count(o => o.At >= r.At && o.At < r.At.AddSeconds(1)), 1, 3));
        var perServer = poller.Events.Of<ServerSampled>().Where(s => s.At > from).GroupBy(s => s.Message.Sample.ServerId).ToList();
        Assert.Equal(20, perServer.Count);
        Assert.All(perServer, g => Assert.InRange(g.Count(), 5, 7));
    }
}

using PteroPulse.Contracts;
using PteroPulse.Emulators.Panel;
using PteroPulse.Poller.Tests.Support;

namespace PteroPulse.Poller.Tests.Polling;

/// <summary>A key limited to 60 requests a minute cannot sample 30 servers every 10 s (180/min); the poller must adapt.</summary>
public sealed class AdaptivePollingTests
{
    [Fact]
    public async Task Lengthens_its_cycle_to_the_keys_limit_with_no_429_after_the_first_minute_and_says_what_the_key_sustains()
    {
        var time = FakeClock.Create();
        await using var emulator = await PanelEmulatorHost.StartAsync(o => { o.ServerCount = 30; o.ClientRateLimit = 60; }, time,
            cancellationToken: TestContext.Current.CancellationToken);
        var start = time.GetUtcNow();
        await using var poller = await PollerHost.StartAsync(emulator.BaseUrl, emulator.Panel.AdminClientKey, time,
            new Dictionary<string, string?> { ["Pterodactyl:PollInterval"] = "00:00:10" });

        await time.AdvanceByAsync(TimeSpan.FromMinutes(4), emulator.Panel, TimeSpan.FromMilliseconds(250));

        var requests = emulator.Panel.Requests.Entries;
        Assert.DoesNotContain(requests, r => r.Status == 429 && r.At > start.AddMinutes(1));
        Assert.All(requests, r => Assert.InRange(requests.Count(o => o.At > r.At.AddMinutes(-1) && o.At <= r.At), 1, 60));
        var sampled = poller.Events.Of<ServerSampled>().Where(s => s.At > start.AddMinutes(1)).GroupBy(s => s.Message.Sample.ServerId).ToList();
        Assert.Equal(30, sampled.Count);
        Assert.All(sampled, g => Assert.True(g.Count() >= 4, $"{g.Key} sampled {g.Count()} times in 3 minutes"));
        var adapted = poller.Logs.GetSnapshot().Where(l => l.Id.Id == 1004).ToList();
        var line = Assert.Single(adapted);
        Assert.Contains("allows 60 requests per minute", line.Message);
        Assert.Contains("sustains 7 servers at 00:00:10", line.Message);
        Assert.DoesNotContain(poller.Logs.GetSnapshot(), l => l.Message.Contains(emulator.Panel.AdminClientKey, StringComparison.Ordinal));
    }
}

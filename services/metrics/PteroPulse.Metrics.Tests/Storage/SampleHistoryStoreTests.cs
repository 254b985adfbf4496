using Microsoft.Extensions.Time.Testing;
using PteroPulse.Metrics.Storage;

namespace PteroPulse.Metrics.Tests.Storage;

/// <summary>
/// The behaviour every <see cref="ISampleHistoryStore"/> must have. Each store's test class derives from this one, so
/// the in-memory store and the Redis store are held to exactly the same tests.
/// </summary>
public abstract class SampleHistoryStoreTests
{
    /// <summary>
    /// Long enough that a loaded CI machine still reads the sample back before Redis expires it, short enough that the
    /// Redis suite waits only seconds for the expiry.
    /// </summary>
    protected static readonly TimeSpan ShortTtl = TimeSpan.FromSeconds(2);

    protected FakeTimeProvider Time { get; } = new(Samples.Start);

    protected CancellationToken Cancel => TestContext.Current.CancellationToken;

    protected abstract ISampleHistoryStore CreateStore(MetricsOptions options);

    /// <summary>Lets the store's TTL run out for <paramref name="serverId"/>.</summary>
    protected abstract Task LetTtlPassAsync(ISampleHistoryStore store, string serverId, TimeSpan ttl);

    private ISampleHistoryStore CreateStore() => CreateStore(new MetricsOptions());

    [Fact]
    public async Task Keeps_only_the_newest_samples_when_more_arrive_than_the_history_length()
    {
        var store = CreateStore();
        var server = Samples.NewServerId();

        for (var i = 0; i < 9; i++)
        {
            await store.AppendAsync(Samples.SecondsAfterStart(server, i * 10, cpu: i), Cancel);
        }

        var recent = await store.GetRecentAsync(server, Cancel);
        Assert.Equal([3.0, 4, 5, 6, 7, 8], recent.Select(p => p.CpuPercent));
        Assert.Equal(Samples.Start.AddSeconds(30), recent[0].At);
    }

    [Fact]
    public async Task Reports_how_many_samples_are_stored_when_appending()
    {
        var store = CreateStore(new MetricsOptions { HistoryLength = 3 });
        var server = Samples.NewServerId();

        var counts = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            counts.Add(await store.AppendAsync(Samples.SecondsAfterStart(server, i * 10), Cancel));
        }

        Assert.Equal([1, 2, 3, 3, 3], counts);
    }

    [Fact]
    public async Task Orders_samples_oldest_first_when_they_arrive_out_of_order()
    {
        var store = CreateStore();
        var server = Samples.NewServerId();

        await store.AppendAsync(Samples.SecondsAfterStart(server, 20, cpu: 3), Cancel);
        await store.AppendAsync(Samples.SecondsAfterStart(server, 0, cpu: 1), Cancel);
        await store.AppendAsync(Samples.SecondsAfterStart(server, 10, cpu: 2), Cancel);

        var recent = await store.GetRecentAsync(server, Cancel);
        Assert.Equal([1.0, 2, 3], recent.Select(p => p.CpuPercent));
    }

    [Fact]
    public async Task Replaces_a_redelivered_sample_instead_of_duplicating_it()
    {
        var store = CreateStore();
        var server = Samples.NewServerId();
        await store.AppendAsync(Samples.SecondsAfterStart(server, 0, cpu: 5), Cancel);
        await store.AppendAsync(Samples.SecondsAfterStart(server, 10, cpu: 7, memory: 100), Cancel);

        var stored = await store.AppendAsync(Samples.SecondsAfterStart(server, 10, cpu: 7, memory: 100), Cancel);

        var recent = await store.GetRecentAsync(server, Cancel);
        Assert.Equal(2, stored);
        Assert.Equal([5.0, 7], recent.Select(p => p.CpuPercent));
        Assert.Equal(100, recent[1].MemoryBytes);
    }

    [Fact]
    public async Task Counts_a_redelivered_sample_once_in_the_hour_series()
    {
        var store = CreateStore();
        var server = Samples.NewServerId();
        await store.AppendAsync(Samples.SecondsAfterStart(server, 0, cpu: 10), Cancel);
        await store.AppendAsync(Samples.SecondsAfterStart(server, 10, cpu: 40), Cancel);

        await store.AppendAsync(Samples.SecondsAfterStart(server, 10, cpu: 40), Cancel);
        await store.AppendAsync(Samples.SecondsAfterStart(server, 10, cpu: 40), Cancel);

        var hour = await store.GetHourAsync(server, Cancel);
        var minute = Assert.Single(hour);
        Assert.Equal(25, minute.CpuPercent, 6);
    }

    [Fact]
    public async Task Averages_and_maximises_each_minute_in_the_hour_series()
    {
        var store = CreateStore();
        var server = Samples.NewServerId();
        await store.AppendAsync(Samples.SecondsAfterStart(server, 0, cpu: 10, memory: 1_000), Cancel);
        await store.AppendAsync(Samples.SecondsAfterStart(server, 30, cpu: 50, memory: 3_000), Cancel);
        await store.AppendAsync(Samples.SecondsAfterStart(server, 60, cpu: 100.5, memory: 8_000_000_000), Cancel);
        Time.SetUtcNow(Samples.Start.AddSeconds(90));

        var hour = await store.GetHourAsync(server, Cancel);

        Assert.Equal([Samples.Start, Samples.Start.AddMinutes(1)], hour.Select(p => p.At));
        Assert.Equal(30, hour[0].CpuPercent, 6);
        Assert.Equal(50, hour[0].CpuMaxPercent, 6);
        Assert.Equal(2_000, hour[0].MemoryBytes);
        Assert.Equal(3_000, hour[0].MemoryMaxBytes);
        Assert.Equal(100.5, hour[1].CpuPercent, 6);
        Assert.Equal(8_000_000_000, hour[1].MemoryMaxBytes);
    }

    [Fact]
    public async Task Keeps_only_the_last_hour_in_the_hour_series()
    {
        var store = CreateStore();
        var server = Samples.NewServerId();
        for (var minute = 0; minute < 75; minute++)
        {
            // The clock moves with the samples, as in production, so the TTL never runs out here.
            Time.SetUtcNow(Samples.Start.AddMinutes(minute));
            await store.AppendAsync(Samples.SecondsAfterStart(server, minute * 60, cpu: minute), Cancel);
        }

        Time.SetUtcNow(Samples.Start.AddMinutes(74).AddSeconds(30));

        var hour = await store.GetHourAsync(server, Cancel);
        Assert.Equal(60, hour.Count);
        Assert.Equal(15, hour[0].CpuPercent, 6);
        Assert.Equal(74, hour[^1].CpuPercent, 6);
    }

    [Fact]
    public async Task Leaves_minutes_older_than_an_hour_out_when_no_new_sample_came()
    {
        var store = CreateStore();
        var server = Samples.NewServerId();
        await store.AppendAsync(Samples.SecondsAfterStart(server, 0, cpu: 1), Cancel);
        Time.SetUtcNow(Samples.Start.AddSeconds(600));
        await store.AppendAsync(Samples.SecondsAfterStart(server, 600, cpu: 2), Cancel);

        Time.SetUtcNow(Samples.Start.AddMinutes(65));

        var hour = await store.GetHourAsync(server, Cancel);
        Assert.Equal(2, Assert.Single(hour).CpuPercent, 6);
    }

    [Fact]
    public async Task Forgets_a_server_after_the_ttl_without_samples()
    {
        var ttl = ShortTtl;
        var store = CreateStore(new MetricsOptions { HistoryTtl = ttl });
        var server = Samples.NewServerId();
        await store.AppendAsync(Samples.SecondsAfterStart(server, 0), Cancel);
        Assert.NotEmpty(await store.GetRecentAsync(server, Cancel));

        await LetTtlPassAsync(store, server, ttl);

        Assert.Empty(await store.GetRecentAsync(server, Cancel));
        Assert.Empty(await store.GetHourAsync(server, Cancel));
    }

    [Fact]
    public async Task Starts_a_fresh_history_when_a_forgotten_server_samples_again()
    {
        var ttl = ShortTtl;
        var store = CreateStore(new MetricsOptions { HistoryTtl = ttl });
        var server = Samples.NewServerId();
        await store.AppendAsync(Samples.SecondsAfterStart(server, 0, cpu: 1), Cancel);
        await LetTtlPassAsync(store, server, ttl);

        var stored = await store.AppendAsync(Samples.SecondsAfterStart(server, 10, cpu: 2), Cancel);

        Assert.Equal(1, stored);
        Assert.Equal(2, Assert.Single(await store.GetRecentAsync(server, Cancel)).CpuPercent);
    }

    [Fact]
    public async Task Returns_nothing_for_a_server_never_sampled()
    {
        var store = CreateStore();

        var recent = await store.GetRecentAsync(Samples.NewServerId(), Cancel);
        var hour = await store.GetHourAsync(Samples.NewServerId(), Cancel);

        Assert.Empty(recent);
        Assert.Empty(hour);
    }

    [Fact]
    public async Task Keeps_each_servers_history_apart()
    {
        var store = CreateStore();
        var first = Samples.NewServerId();
        var second = Samples.NewServerId();

        await store.AppendAsync(Samples.SecondsAfterStart(first, 0, cpu: 1), Cancel);
        await store.AppendAsync(Samples.SecondsAfterStart(second, 0, cpu: 2), Cancel);

        Assert.Equal(1, Assert.Single(await store.GetRecentAsync(first, Cancel)).CpuPercent);
        Assert.Equal(2, Assert.Single(await store.GetRecentAsync(second, Cancel)).CpuPercent);
    }

    [Fact]
    public async Task Counts_every_sample_once_when_appends_race()
    {
        var store = CreateStore();
        var server = Samples.NewServerId();

        // 60 distinct samples in one minute, each delivered twice, all at once.
        await Task.WhenAll(Enumerable.Range(0, 120).Select(i =>
            store.AppendAsync(Samples.At(server, Samples.Start.AddMilliseconds((i % 60) * 1000), cpu: i % 60), Cancel)));

        var minute = Assert.Single(await store.GetHourAsync(server, Cancel));
        Assert.Equal(29.5, minute.CpuPercent, 6);
        Assert.Equal(59, minute.CpuMaxPercent, 6);
        Assert.Equal(6, (await store.GetRecentAsync(server, Cancel)).Count);
    }
}

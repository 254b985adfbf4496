using Microsoft.Extensions.Options;
using PteroPulse.Metrics.Storage;
using PteroPulse.TestSupport;
using StackExchange.Redis;

namespace PteroPulse.Metrics.Tests.Storage;

/// <summary>The shared store suite against a real redis-server; Redis-only facts (key names, TTLs) follow it.</summary>
public sealed class RedisSampleHistoryStoreTests(RedisFixture redis) : SampleHistoryStoreTests, IAsyncLifetime
{
    private ConnectionMultiplexer? _connection;

    private IConnectionMultiplexer Connection => _connection ?? throw new InvalidOperationException("Not initialised.");

    public async ValueTask InitializeAsync() => _connection = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    protected override ISampleHistoryStore CreateStore(MetricsOptions options) =>
        new RedisSampleHistoryStore(Connection, Options.Create(options), Time);

    /// <summary>Redis expires keys on its own clock, so this waits (polling) until both keys are gone.</summary>
    protected override Task LetTtlPassAsync(ISampleHistoryStore store, string serverId, TimeSpan ttl) =>
        Wait.UntilAsync(
            async () => !await Connection.GetDatabase().KeyExistsAsync(RedisKeys.Samples(serverId))
                && !await Connection.GetDatabase().KeyExistsAsync(RedisKeys.Hour(serverId)),
            TimeSpan.FromSeconds(10), $"the keys of {serverId} to expire");

    [Fact]
    public async Task Stores_a_server_under_its_documented_keys_with_a_ttl_when_appending()
    {
        var store = CreateStore(new MetricsOptions { HistoryTtl = TimeSpan.FromMinutes(30) });
        var server = Samples.NewServerId();

        await store.AppendAsync(Samples.SecondsAfterStart(server, 0), Cancel);

        var db = Connection.GetDatabase();
        var samplesTtl = await db.KeyTimeToLiveAsync($"pteropulse:samples:{{{server}}}");
        var hourTtl = await db.KeyTimeToLiveAsync($"pteropulse:hour:{{{server}}}");
        Assert.InRange(samplesTtl!.Value, TimeSpan.FromMinutes(29), TimeSpan.FromMinutes(30));
        Assert.InRange(hourTtl!.Value, TimeSpan.FromMinutes(29), TimeSpan.FromMinutes(30));
    }

    [Fact]
    public async Task Keeps_a_full_hour_in_redis_compact_hash_encoding()
    {
        var store = CreateStore(new MetricsOptions());
        var server = Samples.NewServerId();

        for (var i = 0; i < 360; i++)
        {
            await store.AppendAsync(Samples.SecondsAfterStart(server, (i * 10) + 0.123, cpu: 123.45 + i, memory: 17_179_869_184 + i), Cancel);
        }

        var encoding = await Connection.GetDatabase().ExecuteAsync("OBJECT", "ENCODING", (string)RedisKeys.Hour(server)!);
        Assert.Equal("listpack", encoding.ToString());
    }
}

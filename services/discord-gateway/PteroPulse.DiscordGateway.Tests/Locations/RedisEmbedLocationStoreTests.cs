using PteroPulse.DiscordGateway.Locations;
using PteroPulse.TestSupport;
using StackExchange.Redis;

[assembly: AssemblyFixture(typeof(RedisFixture))]

namespace PteroPulse.DiscordGateway.Tests.Locations;

/// <summary>Against a real redis-server; each test has its own key prefix, so tests and other suites share one server.</summary>
public sealed class RedisEmbedLocationStoreTests(RedisFixture redis) : EmbedLocationStoreContract, IAsyncLifetime
{
    private readonly string _prefix = $"test-{Guid.NewGuid():N}:pteropulse:embeds:";
    private IConnectionMultiplexer? _connection;

    public async ValueTask InitializeAsync() => _connection = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);

    protected override IEmbedLocationStore CreateStore(bool again = false) => new RedisEmbedLocationStore(_connection!, _prefix);

    [Fact]
    public async Task Keeps_one_hash_per_server_under_the_pteropulse_prefix()
    {
        await CreateStore().SaveAsync(A, TestContext.Current.CancellationToken);

        var stored = await _connection!.GetDatabase().HashGetAsync($"{_prefix}server:{A.ServerId}", A.ChannelId.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(stored.HasValue);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            foreach (var server in _connection.GetServers())
            {
                await foreach (var key in server.KeysAsync(pattern: _prefix + "*"))
                {
                    await _connection.GetDatabase().KeyDeleteAsync(key);
                }
            }

            await _connection.DisposeAsync();
        }
    }
}

using StackExchange.Redis;

namespace PteroPulse.DiscordGateway.Locations;

/// <summary>
/// Embed locations in Redis: one hash per server, <c>pteropulse:embeds:server:{serverId}</c>, field = channel id,
/// value = the location as JSON. The hot path (a server changed: which embeds show it?) reads one key; guild-wide
/// commands and start-up reconciliation scan. Conditional changes run as Lua scripts so they are atomic.
/// </summary>
/// <param name="redis">The shared multiplexer.</param>
/// <param name="keyPrefix">Tests that share one Redis give each store its own prefix.</param>
public sealed class RedisEmbedLocationStore(IConnectionMultiplexer redis, string keyPrefix = RedisEmbedLocationStore.DefaultKeyPrefix) : IEmbedLocationStore
{
    public const string DefaultKeyPrefix = "pteropulse:embeds:";

    private readonly string _serverKeyPrefix = keyPrefix + "server:";

    // Replace and return the previous value in one step.
    private const string SaveScript = """
        local old = redis.call('HGET', KEYS[1], ARGV[1])
        redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
        return old
        """;

    // Act only while the stored location still names the expected message (ARGV[2]); ARGV[3] = "del" or the new value.
    private const string IfSameMessageScript = """
        local stored = redis.call('HGET', KEYS[1], ARGV[1])
        if not stored then return 0 end
        if cjson.decode(stored).messageId ~= ARGV[2] then return 0 end
        if ARGV[3] == 'del' then redis.call('HDEL', KEYS[1], ARGV[1]) else redis.call('HSET', KEYS[1], ARGV[1], ARGV[3]) end
        return 1
        """;

    private IDatabase Db => redis.GetDatabase();

    public async Task<EmbedLocation?> SaveAsync(EmbedLocation location, CancellationToken cancellationToken = default)
    {
        var old = await Db.ScriptEvaluateAsync(SaveScript, [Key(location.ServerId)], [Field(location), EmbedLocationJson.Serialize(location)]);
        return old.IsNull ? null : EmbedLocationJson.Deserialize((string)old!);
    }

    public async Task<IReadOnlyList<EmbedLocation>> GetByServerAsync(string serverId, CancellationToken cancellationToken = default)
    {
        var entries = await Db.HashValuesAsync(Key(serverId));
        return entries.Select(v => EmbedLocationJson.Deserialize(v!)).OrderBy(l => l.ChannelId).ToList();
    }

    public async Task<IReadOnlyList<EmbedLocation>> GetByGuildAsync(ulong guildId, CancellationToken cancellationToken = default) =>
        (await GetAllAsync(cancellationToken)).Where(l => l.GuildId == guildId).ToList();

    public async Task<IReadOnlyList<EmbedLocation>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        var all = new List<EmbedLocation>();
        await foreach (var key in ServerKeys(cancellationToken))
        {
            all.AddRange((await Db.HashValuesAsync(key)).Select(v => EmbedLocationJson.Deserialize(v!)));
        }

        return all.OrderBy(l => l.ChannelId).ThenBy(l => l.ServerId, StringComparer.Ordinal).ToList();
    }

    public async Task<bool> RemoveAsync(EmbedLocation location, CancellationToken cancellationToken = default) =>
        (int)await Db.ScriptEvaluateAsync(IfSameMessageScript, [Key(location.ServerId)], [Field(location), MessageId(location), "del"]) == 1;

    public async Task<int> RemoveChannelAsync(ulong channelId, CancellationToken cancellationToken = default)
    {
        var removed = 0;
        var field = channelId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await foreach (var key in ServerKeys(cancellationToken))
        {
            removed += await Db.HashDeleteAsync(key, field) ? 1 : 0;
        }

        return removed;
    }

    public async Task<bool> SetPausedAsync(EmbedLocation location, bool paused, CancellationToken cancellationToken = default)
    {
        var updated = EmbedLocationJson.Serialize(location with { Paused = paused });
        return (int)await Db.ScriptEvaluateAsync(IfSameMessageScript, [Key(location.ServerId)], [Field(location), MessageId(location), updated]) == 1;
    }

    private async IAsyncEnumerable<RedisKey> ServerKeys([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var server in redis.GetServers().Where(s => s.IsConnected && !s.IsReplica))
        {
            await foreach (var key in server.KeysAsync(Db.Database, $"{_serverKeyPrefix}*", pageSize: 500).WithCancellation(cancellationToken))
            {
                yield return key;
            }
        }
    }

    private RedisKey Key(string serverId) => _serverKeyPrefix + serverId;

    private static RedisValue Field(EmbedLocation location) => location.ChannelId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static RedisValue MessageId(EmbedLocation location) => location.MessageId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

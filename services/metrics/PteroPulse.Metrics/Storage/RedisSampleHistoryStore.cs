using Microsoft.Extensions.Options;
using PteroPulse.Contracts;
using StackExchange.Redis;

namespace PteroPulse.Metrics.Storage;

/// <summary>
/// History in Redis, shared by every metrics replica. Commands made while Redis is unreachable fail after the
/// client's timeout; the consumer's retry and the bus's redelivery then carry the sample over the outage.
/// </summary>
public sealed class RedisSampleHistoryStore(IConnectionMultiplexer redis, IOptions<MetricsOptions> options, TimeProvider time) : ISampleHistoryStore
{
    public async Task<int> AppendAsync(ServerSample sample, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var at = sample.SampledAt.ToUnixTimeMilliseconds();
        var minute = HourWindow.MinuteOf(at);
        RedisKey[] keys = [RedisKeys.Samples(sample.ServerId), RedisKeys.Hour(sample.ServerId)];
        RedisValue[] args =
        [
            at,
            RedisEncoding.Number(sample.CpuPercent),
            sample.MemoryBytes,
            settings.HistoryLength,
            (long)settings.HistoryTtl.TotalMilliseconds,
            minute,
            RedisEncoding.Offset(HourWindow.OffsetInMinute(at)),
            HourWindow.OldestKept(minute),
        ];

        var result = await redis.GetDatabase().ScriptEvaluateAsync(AppendSampleScript.Lua, keys, args).WaitAsync(cancellationToken);
        return (int)result;
    }

    public async Task<IReadOnlyList<MetricPoint>> GetRecentAsync(string serverId, CancellationToken cancellationToken)
    {
        var members = await redis.GetDatabase().SortedSetRangeByRankAsync(RedisKeys.Samples(serverId)).WaitAsync(cancellationToken);
        return [.. members.Select(m => RedisEncoding.ParseSample(m.ToString()))];
    }

    public async Task<IReadOnlyList<MetricPoint>> GetHourAsync(string serverId, CancellationToken cancellationToken)
    {
        var entries = await redis.GetDatabase().HashGetAllAsync(RedisKeys.Hour(serverId)).WaitAsync(cancellationToken);
        var oldest = HourWindow.OldestKept(HourWindow.MinuteOf(time.GetUtcNow().ToUnixTimeMilliseconds()));
        return
        [
            .. entries
                .Where(e => RedisEncoding.IsMinuteField(e.Name.ToString()))
                .Select(e => RedisEncoding.ParseMinute(e.Name.ToString(), e.Value.ToString()))
                .Where(m => m.Minute >= oldest)
                .OrderBy(m => m.Minute)
                .Select(m => m.ToPoint()),
        ];
    }
}

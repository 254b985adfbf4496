using Microsoft.Extensions.Options;
using PteroPulse.Contracts;
using PteroPulse.Metrics;
using PteroPulse.Metrics.Storage;
using StackExchange.Redis;

namespace PteroPulse.Benchmarks;

/// <summary>
/// Bytes Redis spends on one server: an hour of samples 10 s apart goes through the real store (so the hour series is
/// full, 60 buckets of 6), then MEMORY USAGE (exact, SAMPLES 0) on each key.
/// </summary>
public static class RedisFootprint
{
    public static async Task<int> RunAsync(string connectionString, int servers)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(connectionString);
        var store = new RedisSampleHistoryStore(redis, Options.Create(new MetricsOptions()), TimeProvider.System);
        var start = DateTimeOffset.UtcNow.AddHours(-1);
        var db = redis.GetDatabase();
        long samplesBytes = 0, hourBytes = 0;
        for (var s = 0; s < servers; s++)
        {
            var serverId = $"fp{s:000000}";
            for (var i = 0; i < 360; i++)
            {
                await store.AppendAsync(Sample(serverId, start.AddSeconds(i * 10), i), CancellationToken.None);
            }

            samplesBytes += (long)await db.ExecuteAsync("MEMORY", "USAGE", (string)RedisKeys.Samples(serverId)!, "SAMPLES", "0");
            hourBytes += (long)await db.ExecuteAsync("MEMORY", "USAGE", (string)RedisKeys.Hour(serverId)!, "SAMPLES", "0");
        }

        var encoding = await db.ExecuteAsync("OBJECT", "ENCODING", (string)RedisKeys.Hour("fp000000")!);
        Console.WriteLine($"servers={servers} samples_key_bytes={samplesBytes / servers} hour_key_bytes={hourBytes / servers} per_server_bytes={(samplesBytes + hourBytes) / servers} hour_encoding={encoding}");
        return 0;
    }

    private static ServerSample Sample(string serverId, DateTimeOffset at, int i) => new()
    {
        ServerId = serverId,
        Name = "Footprint",
        State = ServerPowerState.Running,
        IsSuspended = false,
        CpuPercent = Math.Round(50 + (40 * Math.Sin(i / 7.0)), 2),
        CpuLimitPercent = 400,
        MemoryBytes = (2L << 30) + (i * 1_234_567L),
        MemoryLimitBytes = 4L << 30,
        DiskBytes = 0,
        DiskLimitBytes = 0,
        NetworkRxBytes = 0,
        NetworkTxBytes = 0,
        Uptime = TimeSpan.FromHours(1),
        SampledAt = at,
    };
}

using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Options;
using PteroPulse.Contracts;
using PteroPulse.Metrics;
using PteroPulse.Metrics.Storage;
using StackExchange.Redis;

namespace PteroPulse.Benchmarks;

/// <summary>
/// One sample appended (the whole Lua script: replace, trim, hour bucket, TTLs) and one history read, against each
/// store. The Redis store needs PTEROPULSE_BENCH_REDIS=host:port (bench/run-metrics-bench.sh starts a private one).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[Config(typeof(ShortInProcessConfig))]
public class StoreBenchmarks
{
    private const int Servers = 100;
    private ConnectionMultiplexer? _redis;
    private ISampleHistoryStore _store = null!;
    private long _tick;

    [Params("memory", "redis")]
    public string Store { get; set; } = "memory";

    [GlobalSetup]
    public void Setup()
    {
        var options = Options.Create(new MetricsOptions());
        if (Store == "redis")
        {
            var endpoint = Environment.GetEnvironmentVariable("PTEROPULSE_BENCH_REDIS")
                ?? throw new InvalidOperationException("Set PTEROPULSE_BENCH_REDIS=host:port (bench/run-metrics-bench.sh does).");
            _redis = ConnectionMultiplexer.Connect(endpoint);
            _store = new RedisSampleHistoryStore(_redis, options, TimeProvider.System);
        }
        else
        {
            _store = new InMemorySampleHistoryStore(options, TimeProvider.System);
        }

        for (var i = 0; i < Servers * 360; i++)
        {
            Append().GetAwaiter().GetResult();
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _redis?.Dispose();

    [Benchmark(Description = "append a sample")]
    public Task<int> Append()
    {
        var tick = Interlocked.Increment(ref _tick);
        var at = DateTimeOffset.UtcNow.AddHours(-1).AddMilliseconds(tick * 100);
        return _store.AppendAsync(Sample($"bench{tick % Servers:000}", at, tick), CancellationToken.None);
    }

    [Benchmark(Description = "read the last minute")]
    public Task<IReadOnlyList<MetricPoint>> ReadMinute() => _store.GetRecentAsync("bench042", CancellationToken.None);

    [Benchmark(Description = "read the last hour")]
    public Task<IReadOnlyList<MetricPoint>> ReadHour() => _store.GetHourAsync("bench042", CancellationToken.None);

    private static ServerSample Sample(string serverId, DateTimeOffset at, long i) => new()
    {
        ServerId = serverId,
        Name = "Bench",
        State = ServerPowerState.Running,
        IsSuspended = false,
        CpuPercent = 50 + (i % 40),
        CpuLimitPercent = 400,
        MemoryBytes = (2L << 30) + (i * 4096),
        MemoryLimitBytes = 4L << 30,
        DiskBytes = 0,
        DiskLimitBytes = 0,
        NetworkRxBytes = 0,
        NetworkTxBytes = 0,
        Uptime = TimeSpan.FromHours(1),
        SampledAt = at,
    };
}

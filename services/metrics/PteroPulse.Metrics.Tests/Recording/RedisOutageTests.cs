using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PteroPulse.Contracts;
using PteroPulse.Metrics.Health;
using PteroPulse.Metrics.Storage;
using PteroPulse.TestSupport;
using StackExchange.Redis;

namespace PteroPulse.Metrics.Tests.Recording;

/// <summary>
/// Stops and restarts a private redis-server (append-only, so its data survives the restart, as in production)
/// while samples flow through the consumer.
/// </summary>
public sealed class RedisOutageTests
{
    private const int Total = 40;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Loses_no_sample_and_keeps_consuming_when_redis_restarts_while_samples_flow()
    {
        await using var redis = await RedisServerProcess.StartAsync(appendOnly: true);
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        var time = new FakeTimeProvider(Samples.Start.AddSeconds(Total * 10));
        var store = new RedisSampleHistoryStore(connection, Options.Create(new MetricsOptions()), time);
        var (provider, harness) = await Harness.StartAsync(store, testTimeout: Patience);
        await using var _ = provider;
        var server = Samples.NewServerId();
        var sent = Enumerable.Range(0, Total).Select(i => Samples.SecondsAfterStart(server, i * 10, cpu: i, memory: i * 1000L)).ToList();

        await PublishAsync(harness, sent[..10]);
        await WaitForRecordedAsync(harness, 10);
        await redis.StopAsync();
        await Wait.UntilAsync(() => !connection.IsConnected, Patience, "the client to notice Redis is gone");
        await PublishAsync(harness, sent[10..25]);
        await redis.StartAgainAsync();
        await PublishAsync(harness, sent[25..]);
        await WaitForRecordedAsync(harness, Total);

        Assert.False(await harness.Published.Any<Fault<ServerSampled>>(Cancel));
        var expected = sent.GroupBy(s => s.SampledAt.ToUnixTimeSeconds() / 60).Select(g => g.Average(s => s.CpuPercent));
        var hour = await store.GetHourAsync(server, Cancel);
        Assert.Equal(expected, hour.Select(p => p.CpuPercent));
        Assert.Equal([34.0, 35, 36, 37, 38, 39], (await store.GetRecentAsync(server, Cancel)).Select(p => p.CpuPercent));
    }

    [Fact]
    public async Task Reports_not_ready_while_redis_is_down_and_ready_again_after()
    {
        await using var redis = await RedisServerProcess.StartAsync();
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        var check = new RedisHealthCheck(connection);
        var before = await check.CheckHealthAsync(new HealthCheckContext(), Cancel);

        await redis.StopAsync();
        await Wait.UntilAsync(() => !connection.IsConnected, Patience, "the client to notice Redis is gone");
        var during = await check.CheckHealthAsync(new HealthCheckContext(), Cancel);
        await redis.StartAgainAsync();
        await Wait.UntilAsync(() => connection.IsConnected, Patience, "the client to reconnect");
        var after = await check.CheckHealthAsync(new HealthCheckContext(), Cancel);

        Assert.Equal(HealthStatus.Healthy, before.Status);
        Assert.Equal(HealthStatus.Unhealthy, during.Status);
        Assert.Equal(HealthStatus.Healthy, after.Status);
    }

    private static async Task PublishAsync(ITestHarness harness, IEnumerable<ServerSample> samples)
    {
        foreach (var sample in samples)
        {
            await harness.Bus.Publish(new ServerSampled { Sample = sample }, Cancel);
        }
    }

    private static Task WaitForRecordedAsync(ITestHarness harness, int count) =>
        Wait.UntilAsync(
            () => harness.Published.Select<ServerMetricsRecorded>(Cancel).Select(m => m.Context.Message.SampledAt).Distinct().Count() >= count,
            Patience, $"{count} samples recorded", TimeSpan.FromMilliseconds(200));
}

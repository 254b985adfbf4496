using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PteroPulse.Contracts;
using PteroPulse.Metrics.Storage;

namespace PteroPulse.Metrics.Tests.Recording;

public sealed class RecordSampleConsumerTests
{
    private readonly InMemorySampleHistoryStore _store = new(Options.Create(new MetricsOptions()), new FakeTimeProvider(Samples.Start));

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Publishes_metrics_recorded_after_storing_the_sample()
    {
        var (provider, harness) = await Harness.StartAsync(_store);
        await using var _ = provider;
        var server = Samples.NewServerId();

        await harness.Bus.Publish(new ServerSampled { Sample = Samples.SecondsAfterStart(server, 0, cpu: 42) }, Cancel);

        Assert.True(await harness.Published.Any<ServerMetricsRecorded>(m => m.Context.Message.ServerId == server, Cancel));
        var recorded = harness.Published.Select<ServerMetricsRecorded>(Cancel).Single().Context.Message;
        Assert.Equal(1, recorded.StoredSamples);
        Assert.Equal(Samples.Start, recorded.SampledAt);
        Assert.Equal(42, Assert.Single(await _store.GetRecentAsync(server, Cancel)).CpuPercent);
    }

    [Fact]
    public async Task Stores_a_redelivered_sample_once_when_it_arrives_twice()
    {
        var (provider, harness) = await Harness.StartAsync(_store);
        await using var _ = provider;
        var server = Samples.NewServerId();
        var sampled = new ServerSampled { Sample = Samples.SecondsAfterStart(server, 0) };

        await harness.Bus.Publish(sampled, Cancel);
        await harness.Bus.Publish(sampled, Cancel);

        await TestSupport.Wait.UntilAsync(
            () => harness.Published.Select<ServerMetricsRecorded>(Cancel).Count() == 2, TimeSpan.FromSeconds(10), "two recorded events");
        Assert.All(harness.Published.Select<ServerMetricsRecorded>(Cancel), m => Assert.Equal(1, m.Context.Message.StoredSamples));
        Assert.Single(await _store.GetRecentAsync(server, Cancel));
    }

    [Fact]
    public async Task Drops_a_sample_without_faulting_when_its_cpu_is_negative()
    {
        var (provider, harness) = await Harness.StartAsync(_store);
        await using var _ = provider;
        var server = Samples.NewServerId();

        await harness.Bus.Publish(new ServerSampled { Sample = Samples.SecondsAfterStart(server, 0, cpu: -5) }, Cancel);

        Assert.True(await harness.Consumed.Any<ServerSampled>(Cancel));
        Assert.False(await harness.Published.Any<Fault<ServerSampled>>(Cancel));
        Assert.False(await harness.Published.Any<ServerMetricsRecorded>(Cancel));
        Assert.Empty(await _store.GetRecentAsync(server, Cancel));
    }
}

using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PteroPulse.Contracts;
using PteroPulse.Metrics.Storage;

namespace PteroPulse.Metrics.Tests.History;

public sealed class ServeHistoryConsumerTests
{
    private readonly FakeTimeProvider _time = new(Samples.Start);
    private readonly InMemorySampleHistoryStore _store;

    public ServeHistoryConsumerTests() => _store = new(Options.Create(new MetricsOptions()), _time);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Answers_the_last_minute_with_raw_samples_oldest_first()
    {
        var server = Samples.NewServerId();
        await _store.AppendAsync(Samples.SecondsAfterStart(server, 10, cpu: 2), Cancel);
        await _store.AppendAsync(Samples.SecondsAfterStart(server, 0, cpu: 1), Cancel);
        var (provider, harness) = await Harness.StartAsync(_store);
        await using var _ = provider;

        var history = await Ask(harness, new GetServerHistory { ServerId = server });

        Assert.Equal(server, history.ServerId);
        Assert.Equal(HistoryWindow.LastMinute, history.Window);
        Assert.Equal([1.0, 2], history.Points.Select(p => p.CpuPercent));
    }

    [Fact]
    public async Task Answers_the_last_hour_with_one_point_per_minute()
    {
        var server = Samples.NewServerId();
        await _store.AppendAsync(Samples.SecondsAfterStart(server, 0, cpu: 10), Cancel);
        await _store.AppendAsync(Samples.SecondsAfterStart(server, 10, cpu: 30), Cancel);
        await _store.AppendAsync(Samples.SecondsAfterStart(server, 70, cpu: 5), Cancel);
        _time.SetUtcNow(Samples.Start.AddMinutes(2));
        var (provider, harness) = await Harness.StartAsync(_store);
        await using var _ = provider;

        var history = await Ask(harness, new GetServerHistory { ServerId = server, Window = HistoryWindow.LastHour });

        Assert.Equal(HistoryWindow.LastHour, history.Window);
        Assert.Equal([20.0, 5], history.Points.Select(p => p.CpuPercent));
        Assert.Equal(30, history.Points[0].CpuMaxPercent);
    }

    [Fact]
    public async Task Answers_an_empty_history_when_the_server_is_unknown()
    {
        var (provider, harness) = await Harness.StartAsync(_store);
        await using var _ = provider;

        var history = await Ask(harness, new GetServerHistory { ServerId = "nobody00" });

        Assert.Empty(history.Points);
    }

    private static async Task<ServerHistory> Ask(ITestHarness harness, GetServerHistory request)
    {
        var client = harness.Scope.ServiceProvider.GetRequiredService<IRequestClient<GetServerHistory>>();
        var response = await client.GetResponse<ServerHistory>(request, Cancel);
        return response.Message;
    }
}

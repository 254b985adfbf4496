using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PteroPulse.Metrics.History;
using PteroPulse.Metrics.Recording;
using PteroPulse.Metrics.Storage;

namespace PteroPulse.Metrics.Tests;

/// <summary>A fresh MassTransit test harness with the metrics consumers and the given store.</summary>
internal static class Harness
{
    public static async Task<(ServiceProvider Provider, ITestHarness Harness)> StartAsync(ISampleHistoryStore store, TimeSpan? testTimeout = null)
    {
        var provider = new ServiceCollection()
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton(store)
            .AddMassTransitTestHarness(bus =>
            {
                bus.SetTestTimeouts(testTimeout: testTimeout ?? TimeSpan.FromSeconds(30));
                bus.AddConsumer<RecordSampleConsumer, RecordSampleConsumerDefinition>();
                bus.AddConsumer<ServeHistoryConsumer, ServeHistoryConsumerDefinition>();
            })
            .BuildServiceProvider(true);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        return (provider, harness);
    }
}

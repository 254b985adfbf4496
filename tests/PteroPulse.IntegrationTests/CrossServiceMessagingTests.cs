using System.Diagnostics.Metrics;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using PteroPulse.Contracts;
using PteroPulse.ServiceDefaults;
using PteroPulse.ServiceDefaults.Bus;
using PteroPulse.TestSupport;

namespace PteroPulse.IntegrationTests;

/// <summary>The bus plumbing every service uses, over a real RabbitMQ: one host publishes, another consumes.</summary>
public sealed class CrossServiceMessagingTests(RabbitMqFixture rabbit)
{
    [Fact]
    public async Task Delivers_an_event_published_by_one_service_host_to_a_consumer_in_another()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await using var consumerHost = await StartHostAsync($"it-consumer-{suffix}", bus => bus.AddConsumer<SampleCatcher, SampleCatcherDefinition>());
        await using var publisherHost = await StartHostAsync($"it-publisher-{suffix}", _ => { });
        var sample = new ServerSampled { Sample = Sample(suffix) };

        await publisherHost.Services.GetRequiredService<IPublishEndpoint>().Publish(sample);

        var inbox = consumerHost.Services.GetRequiredService<SampleInbox>();
        var received = await inbox.WaitForAsync(suffix, TimeSpan.FromSeconds(30));
        Assert.Equal(sample.Sample, received.Sample);
    }

    [Fact]
    public async Task Records_the_publish_to_consume_lag_per_endpoint()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await using var consumerHost = await StartHostAsync($"it-lag-{suffix}", bus => bus.AddConsumer<SampleCatcher, SampleCatcherDefinition>());
        using var lag = new MetricCollector<double>(consumerHost.Services.GetRequiredService<IMeterFactory>(), BusMetrics.MeterName, "pteropulse.bus.consumer_lag");

        await consumerHost.Services.GetRequiredService<IPublishEndpoint>().Publish(new ServerSampled { Sample = Sample(suffix) });
        await consumerHost.Services.GetRequiredService<SampleInbox>().WaitForAsync(suffix, TimeSpan.FromSeconds(30));

        await lag.WaitForMeasurementsAsync(1, TimeSpan.FromSeconds(10));
        var measurement = lag.GetMeasurementSnapshot().First(m => ((string)m.Tags["endpoint"]!).Contains($"it-lag-{suffix}", StringComparison.Ordinal));
        Assert.InRange(measurement.Value, 0, 30);
    }

    private static ServerSample Sample(string serverId) => new()
    {
        ServerId = serverId,
        Name = "Créative 🎮 伺服器",
        State = ServerPowerState.Running,
        IsSuspended = false,
        CpuPercent = 55.5,
        CpuLimitPercent = 200,
        MemoryBytes = 512L << 20,
        MemoryLimitBytes = 1L << 30,
        DiskBytes = 3L << 30,
        DiskLimitBytes = 10L << 30,
        NetworkRxBytes = 1,
        NetworkTxBytes = 2,
        Uptime = TimeSpan.FromMinutes(5),
        SampledAt = DateTimeOffset.UtcNow,
    };

    private async Task<WebApplication> StartHostAsync(string serviceName, Action<ServiceBusRegistration> register)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(rabbit.Configuration);
        builder.AddServiceDefaults();
        builder.Services.AddSingleton<SampleInbox>();
        builder.AddMessageBus(serviceName, register);
        var app = builder.Build();
        await app.StartAsync();
        return app;
    }
}

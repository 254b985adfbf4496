using Microsoft.Extensions.DependencyInjection.Extensions;
using PteroPulse.Metrics.Health;
using PteroPulse.Metrics.History;
using PteroPulse.Metrics.Recording;
using PteroPulse.Metrics.Storage;
using PteroPulse.ServiceDefaults.Bus;
using PteroPulse.ServiceDefaults.Configuration;
using PteroPulse.ServiceDefaults.Health;
using StackExchange.Redis;

namespace PteroPulse.Metrics.Extensions;

public static class MetricsServiceRegistration
{
    /// <summary>The service's name on the bus, in compose and in Kubernetes.</summary>
    public const string ServiceName = "metrics";

    /// <summary>Everything the metrics service needs; safe to call beside the other services in one host.</summary>
    public static IHostApplicationBuilder AddMetricsServices(this IHostApplicationBuilder builder)
    {
        // Options
        builder.AddValidatedOptions<MetricsOptions>();
        builder.AddValidatedOptions<RedisOptions>();
        builder.Services.TryAddSingleton(TimeProvider.System);

        // Storage: Redis when a connection string is set, else process memory (the standalone host)
        var connectionString = builder.Configuration[$"{RedisOptions.SectionName}:{nameof(RedisOptions.ConnectionString)}"];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            builder.Services.AddSingleton<ISampleHistoryStore, InMemorySampleHistoryStore>();
        }
        else
        {
            // TryAdd: another service in the same host may already have opened the shared multiplexer.
            builder.Services.TryAddSingleton<IConnectionMultiplexer>(sp =>
                RedisConnection.Open(connectionString, sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RedisConnection))));
            builder.Services.AddSingleton<ISampleHistoryStore, RedisSampleHistoryStore>();
            builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>("metrics-redis", tags: [HealthTags.Ready], timeout: TimeSpan.FromSeconds(3));
        }

        // Bus and consumers
        builder.AddMessageBus(ServiceName, bus => bus
            .AddConsumer<RecordSampleConsumer, RecordSampleConsumerDefinition>()
            .AddConsumer<ServeHistoryConsumer, ServeHistoryConsumerDefinition>());
        return builder;
    }
}

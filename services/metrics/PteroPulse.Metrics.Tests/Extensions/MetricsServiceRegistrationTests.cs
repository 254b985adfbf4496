using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PteroPulse.Metrics.Extensions;
using PteroPulse.Metrics.Storage;
using PteroPulse.ServiceDefaults.Health;
using PteroPulse.TestSupport;

namespace PteroPulse.Metrics.Tests.Extensions;

public sealed class MetricsServiceRegistrationTests(RedisFixture redis)
{
    [Fact]
    public void Keeps_history_in_memory_without_a_readiness_check_when_no_redis_is_configured()
    {
        using var host = Build([]);

        var store = host.Services.GetRequiredService<ISampleHistoryStore>();

        Assert.IsType<InMemorySampleHistoryStore>(store);
        Assert.DoesNotContain("metrics-redis", ReadinessChecks(host));
    }

    [Fact]
    public async Task Keeps_history_in_redis_and_checks_it_for_readiness_when_a_connection_string_is_set()
    {
        using var host = Build(new() { ["Redis:ConnectionString"] = redis.ConnectionString });

        var store = host.Services.GetRequiredService<ISampleHistoryStore>();
        var report = await host.Services.GetRequiredService<HealthCheckService>()
            .CheckHealthAsync(c => c.Name == "metrics-redis", TestContext.Current.CancellationToken);

        Assert.IsType<RedisSampleHistoryStore>(store);
        Assert.Contains("metrics-redis", ReadinessChecks(host));
        Assert.Equal(HealthStatus.Healthy, report.Entries["metrics-redis"].Status);
    }

    [Fact]
    public void Names_the_bad_key_when_the_history_length_is_out_of_range()
    {
        using var host = Build(new() { ["Metrics:HistoryLength"] = "1" });

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<MetricsOptions>>().Value);

        Assert.Contains("HistoryLength", error.Message);
    }

    [Fact]
    public void Names_the_key_but_not_the_value_when_the_redis_connection_string_is_invalid()
    {
        using var host = Build(new() { ["Redis:ConnectionString"] = "127.0.0.1:6379,password=hunter2,connectTimeout=soon" });

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<RedisOptions>>().Value);

        Assert.Contains("ConnectionString", error.Message);
        Assert.DoesNotContain("hunter2", error.Message);
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddMetricsServices();
        return builder.Build();
    }

    private static IEnumerable<string> ReadinessChecks(IHost host) =>
        host.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations
            .Where(r => r.Tags.Contains(HealthTags.Ready))
            .Select(r => r.Name);
}

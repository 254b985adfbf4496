using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PteroPulse.Poller.Consumers;
using PteroPulse.Poller.Health;
using PteroPulse.Poller.Polling;
using PteroPulse.Poller.Pterodactyl;
using PteroPulse.Poller.Telemetry;
using PteroPulse.ServiceDefaults.Bus;
using PteroPulse.ServiceDefaults.Configuration;
using PteroPulse.ServiceDefaults.Health;

namespace PteroPulse.Poller.Extensions;

public static class PollerServiceRegistration
{
    /// <summary>The service's name on the bus, in compose and in Kubernetes.</summary>
    public const string ServiceName = "poller";

    /// <summary>Everything the poller service needs; safe to call beside the other services in one host.</summary>
    public static IHostApplicationBuilder AddPollerServices(this IHostApplicationBuilder builder)
    {
        // Options
        builder.AddValidatedOptions<PterodactylOptions>();
        builder.Services.AddSingleton<IValidateOptions<PterodactylOptions>, ApiKeySourceValidator>();
        builder.AddValidatedOptions<UpdatePolicyOptions>();
        builder.Services.TryAddSingleton(TimeProvider.System);

        // Panel client: one pacer per key, shared by every request this process makes
        builder.Services.AddSingleton<PollerMetrics>();
        builder.Services.AddSingleton<PanelHealth>();
        builder.Services.AddSingleton(sp => new RateLimitPacer(
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<PterodactylOptions>>().Value.RateLimitReserve, TimeSpan.FromMinutes(1)));
        builder.Services.AddSingleton(sp => new PterodactylClient(
            sp.GetRequiredService<IOptions<PterodactylOptions>>(), sp.GetRequiredService<RateLimitPacer>(), sp.GetRequiredService<PanelHealth>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<PterodactylClient>>(), sp.GetService<PanelHttpHandler>()?.Handler,
            sp.GetRequiredService<PollerMetrics>()));
        builder.Services.AddSingleton<IPterodactylClient>(sp => sp.GetRequiredService<PterodactylClient>());
        builder.Services.AddHealthChecks().AddCheck<PanelReadinessCheck>("panel", tags: [HealthTags.Ready]);

        // Polling
        builder.Services.AddSingleton<ServerStateTracker>();
        builder.Services.AddSingleton<ServerCatalog>();
        builder.Services.AddSingleton<ServerSampler>();
        builder.Services.AddSingleton<SamplingBackoff>();
        builder.Services.AddSingleton<PowerSignalFollowUp>();
        builder.Services.TryAddSingleton<IPollerPublisher, BusPollerPublisher>();

        // Bus and consumers
        builder.AddMessageBus(ServiceName, bus => bus
            .AddConsumer<ListServersConsumer, ListServersConsumerDefinition>()
            .AddConsumer<SendPowerSignalConsumer, SendPowerSignalConsumerDefinition>());

        // Hosted services, after the bus so they never publish before it started
        builder.Services.AddWorkerHeartbeat<ServerListWorker>(TimeSpan.FromSeconds(10));
        builder.Services.AddWorkerHeartbeat<ServerPollingWorker>(TimeSpan.FromSeconds(30));
        builder.Services.AddHostedService<ServerListWorker>();
        builder.Services.AddSingleton<ServerPollingWorker>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ServerPollingWorker>());
        return builder;
    }
}

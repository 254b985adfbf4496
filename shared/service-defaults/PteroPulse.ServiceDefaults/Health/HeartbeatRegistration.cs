using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PteroPulse.ServiceDefaults.Health;

public static class HeartbeatRegistration
{
    /// <summary>Registers a heartbeat for a worker loop and the liveness check that watches all heartbeats.</summary>
    public static IServiceCollection AddWorkerHeartbeat<TWorker>(this IServiceCollection services, TimeSpan interval)
    {
        services.AddKeyedSingleton(typeof(TWorker), (sp, _) =>
            new WorkerHeartbeat(typeof(TWorker).Name, interval, sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.AddSingleton(sp => sp.GetRequiredKeyedService<WorkerHeartbeat>(typeof(TWorker)));
        if (!services.Any(d => d.ServiceType == typeof(HeartbeatHealthCheck)))
        {
            services.TryAddSingleton<HeartbeatHealthCheck>();
            services.AddHealthChecks().AddCheck<HeartbeatHealthCheck>("worker-heartbeats", tags: [HealthTags.Live]);
        }

        return services;
    }
}

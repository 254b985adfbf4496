using PteroPulse.ServiceDefaults.Bus;

namespace PteroPulse.Metrics.Extensions;

public static class MetricsServiceRegistration
{
    /// <summary>The service's name on the bus, in compose and in Kubernetes.</summary>
    public const string ServiceName = "metrics";

    /// <summary>Everything the metrics service needs; safe to call beside the other services in one host.</summary>
    public static IHostApplicationBuilder AddMetricsServices(this IHostApplicationBuilder builder)
    {
        // Bus and consumers
        builder.AddMessageBus(ServiceName, _ => { });
        return builder;
    }
}

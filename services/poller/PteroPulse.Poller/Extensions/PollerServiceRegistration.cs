using PteroPulse.ServiceDefaults.Bus;

namespace PteroPulse.Poller.Extensions;

public static class PollerServiceRegistration
{
    /// <summary>The service's name on the bus, in compose and in Kubernetes.</summary>
    public const string ServiceName = "poller";

    /// <summary>Everything the poller service needs; safe to call beside the other services in one host.</summary>
    public static IHostApplicationBuilder AddPollerServices(this IHostApplicationBuilder builder)
    {
        // Bus and consumers
        builder.AddMessageBus(ServiceName, _ => { });
        return builder;
    }
}

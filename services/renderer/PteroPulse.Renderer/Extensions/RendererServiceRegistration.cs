using PteroPulse.ServiceDefaults.Bus;

namespace PteroPulse.Renderer.Extensions;

public static class RendererServiceRegistration
{
    /// <summary>The service's name on the bus, in compose and in Kubernetes.</summary>
    public const string ServiceName = "renderer";

    /// <summary>Everything the renderer service needs; safe to call beside the other services in one host.</summary>
    public static IHostApplicationBuilder AddRendererServices(this IHostApplicationBuilder builder)
    {
        // Bus and consumers
        builder.AddMessageBus(ServiceName, _ => { });
        return builder;
    }
}

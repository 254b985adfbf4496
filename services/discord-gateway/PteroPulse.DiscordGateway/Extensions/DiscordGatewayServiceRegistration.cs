using PteroPulse.ServiceDefaults.Bus;

namespace PteroPulse.DiscordGateway.Extensions;

public static class DiscordGatewayServiceRegistration
{
    /// <summary>The service's name on the bus, in compose and in Kubernetes.</summary>
    public const string ServiceName = "discord-gateway";

    /// <summary>Everything the discord-gateway service needs; safe to call beside the other services in one host.</summary>
    public static IHostApplicationBuilder AddDiscordGatewayServices(this IHostApplicationBuilder builder)
    {
        // Bus and consumers
        builder.AddMessageBus(ServiceName, _ => { });
        return builder;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PteroPulse.Discord.Gateway;
using PteroPulse.Discord.Interactions;

namespace PteroPulse.Discord.Hosting;

public static class DiscordGatewayServiceCollectionExtensions
{
    /// <summary>
    /// Runs the gateway as a hosted service (options from <c>Discord:Gateway</c>). Interactions arriving over it go to
    /// the handlers of <see cref="DiscordInteractionsServiceCollectionExtensions.AddDiscordInteractions"/> when that
    /// is registered; other events go to every <see cref="IGatewayEventHandler"/>.
    /// </summary>
    public static IServiceCollection AddDiscordGateway(this IServiceCollection services, Action<DiscordGatewayOptions>? configure = null)
    {
        services.AddDiscordRest();
        services.AddOptions<DiscordGatewayOptions>().BindConfiguration(DiscordGatewayOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordGatewayOptions>>(
            new AnnotatedOptionsValidator<DiscordGatewayOptions>(DiscordGatewayOptions.SectionName)));
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddSingleton<IGatewayConnectionFactory, WebSocketGatewayConnectionFactory>();
        services.TryAddSingleton<IIdentifyGate, InProcessIdentifyGate>();
        services.TryAddSingleton<DiscordGatewayClient>();
        services.TryAddSingleton<IDiscordGatewayClient>(sp => sp.GetRequiredService<DiscordGatewayClient>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, GatewayHostedService>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IGatewayEventHandler, GatewayInteractionBridge>());
        return services;
    }

    public static IServiceCollection ConfigureDiscordGateway(this IServiceCollection services, Action<DiscordGatewayOptions> configure) =>
        services.Configure(configure);

    /// <summary>Adds a handler that sees every gateway event (guild and channel changes, READY...).</summary>
    public static IServiceCollection AddGatewayEventHandler<THandler>(this IServiceCollection services)
        where THandler : class, IGatewayEventHandler
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IGatewayEventHandler, THandler>());
        return services;
    }

    /// <summary>Forwards interactions only when interaction handling is registered.</summary>
    private sealed class GatewayInteractionBridge(IServiceProvider services) : IGatewayEventHandler
    {
        private readonly IGatewayEventHandler? _inner = services.GetService<IInteractionDispatcher>() is { } dispatcher
            ? new GatewayInteractionHandler(dispatcher, services.GetRequiredService<RestInteractionResponder>(), services.GetRequiredService<IHostApplicationLifetime>())
            : null;

        public ValueTask HandleAsync(GatewayEvent gatewayEvent, CancellationToken cancellationToken) =>
            _inner?.HandleAsync(gatewayEvent, cancellationToken) ?? ValueTask.CompletedTask;
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PteroPulse.Discord.Interactions;

namespace PteroPulse.Discord.Hosting;

public static class DiscordInteractionsServiceCollectionExtensions
{
    /// <summary>
    /// Interaction handling shared by the gateway and the HTTP endpoint: routing to the registered handlers,
    /// auto-defer, de-duplication, and command registration at start. Also registers the REST client.
    /// </summary>
    public static IServiceCollection AddDiscordInteractions(this IServiceCollection services, Action<DiscordInteractionsOptions>? configure = null)
    {
        services.AddDiscordRest();
        services.AddOptions<DiscordInteractionsOptions>().BindConfiguration(DiscordInteractionsOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordInteractionsOptions>>(
            new AnnotatedOptionsValidator<DiscordInteractionsOptions>(DiscordInteractionsOptions.SectionName)));
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddSingleton<InteractionDeduplicator>();
        services.TryAddScoped<InteractionRouter>();
        services.TryAddSingleton<IInteractionDispatcher, InteractionDispatcher>();
        services.TryAddSingleton<RestInteractionResponder>();
        services.TryAddSingleton<IInteractionSignatureVerifier, Ed25519SignatureVerifier>();
        services.TryAddSingleton<HttpInteractionEndpoint>();
        services.TryAddSingleton<CommandRegistrar>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, CommandRegistrationService>());
        return services;
    }

    public static IServiceCollection ConfigureDiscordInteractions(this IServiceCollection services, Action<DiscordInteractionsOptions> configure) =>
        services.Configure(configure);

    /// <summary>Adds a slash command; its definition is registered at start. Resolved once per interaction.</summary>
    public static IServiceCollection AddSlashCommand<THandler>(this IServiceCollection services)
        where THandler : class, ISlashCommandHandler
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ISlashCommandHandler, THandler>());
        return services;
    }

    /// <summary>Adds a component handler, routed by its custom_id prefix. Resolved once per interaction.</summary>
    public static IServiceCollection AddComponentHandler<THandler>(this IServiceCollection services)
        where THandler : class, IComponentHandler
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IComponentHandler, THandler>());
        return services;
    }

    /// <summary>
    /// Maps Discord's HTTP interactions endpoint (the application's Interactions Endpoint URL). Needs
    /// <c>Discord:Interactions:PublicKey</c>. Once this URL is configured Discord stops sending interactions over the gateway.
    /// </summary>
    public static IEndpointConventionBuilder MapDiscordInteractions(this IEndpointRouteBuilder endpoints, string pattern = "/interactions") =>
        endpoints.MapPost(pattern, (HttpContext http, HttpInteractionEndpoint endpoint) => endpoint.HandleAsync(http));
}

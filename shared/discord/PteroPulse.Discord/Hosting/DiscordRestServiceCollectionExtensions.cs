using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PteroPulse.Discord.Rest;
using PteroPulse.Discord.Rest.RateLimits;

namespace PteroPulse.Discord.Hosting;

public static class DiscordRestServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IDiscordRestClient"/> with options from the <c>Discord</c> section (validated at start),
    /// the in-process <see cref="IRateLimitCoordinator"/> (replace it by registering another first) and its HttpClient.
    /// Safe to call more than once.
    /// </summary>
    public static IServiceCollection AddDiscordRest(this IServiceCollection services, Action<DiscordOptions>? configure = null)
    {
        services.AddOptions<DiscordOptions>().BindConfiguration(DiscordOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>>(
            new AnnotatedOptionsValidator<DiscordOptions>(DiscordOptions.SectionName)));
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IRateLimitCoordinator, InProcessRateLimitCoordinator>();
        services.TryAddSingleton<InvalidRequestMonitor>();
        services.AddMetrics();
        services.TryAddSingleton<DiscordMetrics>();
        services.TryAddSingleton<RouteOrdering>();
        services.TryAddSingleton<RestRequestSender>();
        services.TryAddSingleton<IDiscordRestClient, DiscordRestClient>();
        services.AddHttpClient(RestRequestSender.HttpClientName, (provider, client) =>
            {
                var options = provider.GetRequiredService<IOptions<DiscordOptions>>().Value;
                client.BaseAddress = new Uri(options.RestBaseUrl.EndsWith('/') ? options.RestBaseUrl : options.RestBaseUrl + "/");
                // Each attempt has its own timeout (DiscordOptions.RequestTimeout); the client's would cut retries short.
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            // The factory's loggers write request URLs, and interaction routes carry the interaction token in the path.
            .RemoveAllLoggers();
        return services;
    }

    /// <summary>Changes Discord options after <see cref="AddDiscordRest"/> (tests, hosts that compute values).</summary>
    public static IServiceCollection ConfigureDiscordRest(this IServiceCollection services, Action<DiscordOptions> configure) =>
        services.Configure(configure);
}

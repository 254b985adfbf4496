namespace PteroPulse.DiscordGateway.Extensions;

internal static class DeferredHostedServiceRegistration
{
    /// <summary>Registers <typeparamref name="T"/> (a singleton) to be built and started when the host starts it.</summary>
    public static IServiceCollection AddDeferredHostedService<T>(this IServiceCollection services)
        where T : class, IHostedService =>
        services.AddSingleton<IHostedService>(sp => new DeferredHostedService(sp, s => s.GetRequiredService<T>()));

    /// <summary>Turns the hosted services registered so far whose type is in <paramref name="assembly"/> into deferred ones.</summary>
    public static IServiceCollection DeferHostedServicesOf(this IServiceCollection services, System.Reflection.Assembly assembly)
    {
        var eager = services.Where(d => d.ServiceType == typeof(IHostedService) && !d.IsKeyedService
            && d.ImplementationType is { } type && type.Assembly == assembly).ToList();
        foreach (var descriptor in eager)
        {
            var type = descriptor.ImplementationType!;
            services.Remove(descriptor);
            services.AddSingleton<IHostedService>(sp => new DeferredHostedService(sp, s => (IHostedService)ActivatorUtilities.CreateInstance(s, type)));
        }

        return services;
    }
}

using PteroPulse.Emulators.Panel.Control;
using PteroPulse.Emulators.Panel.Http;

namespace PteroPulse.Emulators.Panel;

/// <summary>Hosts the emulated panel in any ASP.NET app: <c>AddPanelEmulator</c> then <c>MapPanelEmulator</c>.</summary>
public static class PanelEmulatorExtensions
{
    /// <summary>Registers one emulated panel; uses the registered <see cref="TimeProvider"/> (a fake one in tests).</summary>
    public static IServiceCollection AddPanelEmulator(this IServiceCollection services, Action<PanelEmulatorOptions>? configure = null)
    {
        var options = new PanelEmulatorOptions();
        configure?.Invoke(options);
        services.AddSingleton(sp => new PanelEmulator(options, sp.GetService<TimeProvider>() ?? TimeProvider.System));
        return services;
    }

    /// <summary>Maps the client API, the application API, the control endpoints and JSON 404/405 answers for unknown API routes.</summary>
    public static WebApplication MapPanelEmulator(this WebApplication app)
    {
        app.Use(InfrastructureMiddleware.InvokeAsync);
        ClientEndpoints.Map(app);
        ApplicationEndpoints.Map(app);
        ControlEndpoints.Map(app);
        app.MapFallback("/api/{**rest}", (HttpContext http, IEnumerable<EndpointDataSource> sources) => UnknownRoute.Answer(http, sources));
        return app;
    }
}

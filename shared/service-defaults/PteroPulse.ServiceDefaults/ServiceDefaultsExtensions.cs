using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PteroPulse.ServiceDefaults.Health;
using PteroPulse.ServiceDefaults.Hosting;
using PteroPulse.ServiceDefaults.Telemetry;

namespace PteroPulse.ServiceDefaults;

/// <summary>What every PteroPulse process shares: logging, telemetry, health and shutdown.</summary>
public static class ServiceDefaultsExtensions
{
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
    {
        // Logging and telemetry first, so everything registered after can log and be traced.
        builder.AddStructuredLogging();
        builder.AddPteroPulseTelemetry();

        // Health: liveness is the process only; readiness checks are added by whoever owns a dependency.
        builder.Services.AddHealthChecks().AddCheck<ProcessAliveCheck>("self", tags: [HealthTags.Live]);

        // Shutdown nests inside Kubernetes' grace period; see ShutdownTimeouts for the chain.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownTimeouts.Host);
        return builder;
    }

    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthEndpoints();
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }
}

using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PteroPulse.ServiceDefaults.Health;

internal static class HealthEndpoints
{
    /// <summary>Mapped in every environment: Kubernetes probes them in production, where they matter most.</summary>
    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", Options(HealthTags.Live, degradedStatus: StatusCodes.Status200OK));

        // A degraded dependency (the bus reconnecting, say) is a reason to stop sending traffic, not to restart.
        app.MapHealthChecks("/readyz", Options(HealthTags.Ready, degradedStatus: StatusCodes.Status503ServiceUnavailable));
        return app;
    }

    private static HealthCheckOptions Options(string tag, int degradedStatus) => new()
    {
        Predicate = check => check.Tags.Contains(tag),
        ResultStatusCodes =
        {
            [HealthStatus.Healthy] = StatusCodes.Status200OK,
            [HealthStatus.Degraded] = degradedStatus,
            [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
        },
        ResponseWriter = WriteReportAsync,
    };

    /// <summary>A short JSON report, so an operator sees which dependency is down; no exception text or secrets.</summary>
    private static Task WriteReportAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}

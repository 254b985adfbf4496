using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace PteroPulse.ServiceDefaults.Telemetry;

internal static class TelemetryExtensions
{
    /// <summary>Our meters and sources are named "PteroPulse.&lt;Service&gt;"; MassTransit's carry traces across the bus.</summary>
    public const string OurInstruments = "PteroPulse.*";

    public static IHostApplicationBuilder AddPteroPulseTelemetry(this IHostApplicationBuilder builder)
    {
        var serviceName = builder.Configuration["OTEL_SERVICE_NAME"] ?? builder.Environment.ApplicationName;
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(serviceName))
            .WithMetrics(metrics => metrics
                .AddMeter(OurInstruments, "MassTransit")
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddPrometheusExporter())
            .WithTracing(tracing => tracing
                .AddSource(OurInstruments, "MassTransit")
                .AddAspNetCoreInstrumentation(o => o.Filter = ctx => !IsInfrastructurePath(ctx.Request.Path))
                .AddHttpClientInstrumentation(o => o.EnrichWithHttpRequestMessage = RedactTokens));

        // OTLP only when a collector is configured; the Prometheus endpoint is always there.
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            otel.UseOtlpExporter();
        }

        return builder;
    }

    private static void RedactTokens(System.Diagnostics.Activity activity, HttpRequestMessage request)
    {
        if (request.RequestUri is { } uri)
        {
            activity.SetTag("url.full", UrlRedaction.Redact(uri.ToString()));
        }
    }

    private static bool IsInfrastructurePath(string? path) =>
        path is "/healthz" or "/readyz" or "/metrics";
}

using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PteroPulse.Discord;
using PteroPulse.Discord.Rest.RateLimits;
using PteroPulse.DiscordGateway.Telemetry;
using PteroPulse.Poller.Telemetry;
using PteroPulse.Renderer.Telemetry;
using PteroPulse.ServiceDefaults.Bus;

namespace PteroPulse.Deployment.Tests.Grafana;

/// <summary>The names the dashboard reads are the names the services' instruments really export.</summary>
public sealed class EmittedMetricsTests
{
    [Fact]
    public void Every_documented_metric_is_created_by_a_service_instrument()
    {
        var exported = new HashSet<string>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, _) =>
            {
                if (instrument.Meter.Name.StartsWith("PteroPulse.", StringComparison.Ordinal))
                {
                    exported.Add(PrometheusName(instrument));
                }
            },
        };
        listener.Start();
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meters = services.GetRequiredService<IMeterFactory>();

        _ = new PollerMetrics(meters);
        _ = new GatewayMetrics(meters);
        _ = new RendererMetrics(meters);
        _ = new BusMetrics(meters);
        _ = new DiscordMetrics(meters, new InvalidRequestMonitor(TimeProvider.System, Options.Create(new DiscordOptions()), NullLogger<InvalidRequestMonitor>.Instance));

        Assert.NotEmpty(DocumentedMetrics.All);
        Assert.All(DocumentedMetrics.All, documented => Assert.Contains(documented.Name, exported));
    }

    /// <summary>What OpenTelemetry's Prometheus exporter makes of an instrument's name, unit and kind.</summary>
    private static string PrometheusName(Instrument instrument)
    {
        var name = instrument.Name.Replace('.', '_');
        if (instrument.Unit == "s")
        {
            name += "_seconds";
        }

        var isCounter = instrument.GetType().IsGenericType && instrument.GetType().GetGenericTypeDefinition() == typeof(Counter<>);
        return isCounter ? name + "_total" : name;
    }
}

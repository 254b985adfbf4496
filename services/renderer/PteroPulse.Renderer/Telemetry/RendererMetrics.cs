using System.Diagnostics.Metrics;

namespace PteroPulse.Renderer.Telemetry;

/// <summary>The renderer's instruments (names in docs/deployment.md, read by the Grafana dashboard).</summary>
public sealed class RendererMetrics
{
    public const string MeterName = "PteroPulse.Renderer";

    private readonly Histogram<double> _duration;

    public RendererMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _duration = meter.CreateHistogram<double>("pteropulse.renderer.render.duration", unit: "s", description: "Time to draw one graph.");
    }

    public void Rendered(TimeSpan elapsed) => _duration.Record(elapsed.TotalSeconds);
}

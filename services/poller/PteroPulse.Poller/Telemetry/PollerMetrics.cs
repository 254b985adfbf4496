using System.Diagnostics.Metrics;

namespace PteroPulse.Poller.Telemetry;

/// <summary>
/// The poller's instruments (names in docs/deployment.md, read by the Grafana dashboard): samples taken, how long a
/// pass over every server takes, and panel requests by HTTP status, so 429s show as <c>status="429"</c>.
/// </summary>
public sealed class PollerMetrics
{
    public const string MeterName = "PteroPulse.Poller";

    private readonly Counter<long> _samples;
    private readonly Histogram<double> _cycle;
    private readonly Counter<long> _panelRequests;

    public PollerMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _samples = meter.CreateCounter<long>("pteropulse.poller.samples", description: "Server samples taken.");
        _cycle = meter.CreateHistogram<double>("pteropulse.poller.poll_cycle.duration", unit: "s", description: "One pass over every server.");
        _panelRequests = meter.CreateCounter<long>("pteropulse.poller.panel_requests", description: "Panel API calls by HTTP status ('error' when no answer came).");
    }

    public void Sampled() => _samples.Add(1);

    public void CycleCompleted(TimeSpan duration) => _cycle.Record(duration.TotalSeconds);

    public void PanelAnswered(int status) =>
        _panelRequests.Add(1, new KeyValuePair<string, object?>("status", status == 0 ? "error" : status.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}

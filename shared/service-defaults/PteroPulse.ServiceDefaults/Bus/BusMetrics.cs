using System.Diagnostics.Metrics;

namespace PteroPulse.ServiceDefaults.Bus;

/// <summary>
/// Publish-to-consume delay per receive endpoint. RabbitMQ's queue depth says how much waits; this says how long, in
/// every deployment including the in-memory bus (name in docs/deployment.md).
/// </summary>
public sealed class BusMetrics
{
    public const string MeterName = "PteroPulse.Bus";

    private readonly Histogram<double> _lag;

    public BusMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _lag = meter.CreateHistogram<double>("pteropulse.bus.consumer_lag", unit: "s", description: "Time from publish to consume.");
    }

    public void Consumed(string endpoint, TimeSpan lag) =>
        _lag.Record(Math.Max(0, lag.TotalSeconds), new KeyValuePair<string, object?>("endpoint", endpoint));
}

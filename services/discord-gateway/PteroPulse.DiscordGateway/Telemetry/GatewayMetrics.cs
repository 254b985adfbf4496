using System.Diagnostics.Metrics;

namespace PteroPulse.DiscordGateway.Telemetry;

/// <summary>
/// The discord-gateway's instruments (names in docs/deployment.md, read by the Grafana dashboard): embed edits by
/// result, and updates folded into one already waiting (what keeps a burst from becoming a backlog).
/// </summary>
public sealed class GatewayMetrics
{
    public const string MeterName = "PteroPulse.DiscordGateway";

    private readonly Counter<long> _edits;
    private readonly Counter<long> _coalesced;

    public GatewayMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _edits = meter.CreateCounter<long>("pteropulse.discord_gateway.embed_edits", description: "Status embed edits by result.");
        _coalesced = meter.CreateCounter<long>("pteropulse.discord_gateway.coalesced_updates", description: "Embed updates that replaced one still waiting.");
    }

    public void Edited(string result) => _edits.Add(1, new KeyValuePair<string, object?>("result", result));

    public void Coalesced() => _coalesced.Add(1);
}

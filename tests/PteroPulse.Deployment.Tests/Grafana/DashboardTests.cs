using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PteroPulse.Deployment.Tests.Support;

namespace PteroPulse.Deployment.Tests.Grafana;

public sealed partial class DashboardTests
{
    private static readonly JsonNode Dashboard =
        JsonNode.Parse(Repository.ReadText("deploy", "grafana", "pteropulse-dashboard.json"))!;

    private static IEnumerable<JsonNode> Panels => Dashboard["panels"]!.AsArray().OfType<JsonNode>();

    private static IEnumerable<string> Queries =>
        Panels.SelectMany(p => p["targets"]?.AsArray().OfType<JsonNode>() ?? []).Select(t => (string)t["expr"]!);

    /// <summary>Series names in the queries, histogram suffixes folded into the histogram's name.</summary>
    private static IReadOnlySet<string> QueriedMetrics =>
        Queries.SelectMany(q => MetricName().Matches(q).Select(m => m.Groups["base"].Value)).ToHashSet();

    [Fact]
    public void Queries_only_metrics_documented_for_the_services()
    {
        var documented = DocumentedMetrics.All.Select(m => m.Name);

        Assert.Empty(QueriedMetrics.Except(documented));
    }

    [Fact]
    public void Has_a_panel_for_every_documented_metric()
    {
        var documented = DocumentedMetrics.All.Select(m => m.Name).ToList();

        Assert.True(documented.Count >= 10, $"only {documented.Count} metrics documented");
        Assert.Empty(documented.Except(QueriedMetrics));
    }

    [Fact]
    public void Documented_names_follow_the_prometheus_exporter_conventions()
    {
        Assert.All(DocumentedMetrics.All, metric => Assert.True(metric.Kind switch
        {
            "counter" => metric.Name.EndsWith("_total", StringComparison.Ordinal),
            "histogram" => metric.Name.EndsWith("_seconds", StringComparison.Ordinal),
            "gauge" => !metric.Name.EndsWith("_total", StringComparison.Ordinal),
            _ => false,
        }, $"{metric.Name} ({metric.Kind})"));
    }

    [Fact]
    public void Every_panel_uses_the_selectable_data_source_and_has_a_unique_id()
    {
        var ids = Panels.Select(p => (int)p["id"]!).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(Panels.Where(p => (string)p["type"]! != "row"),
            p => Assert.Equal("${datasource}", (string)p["datasource"]!["uid"]!));
        Assert.Contains(Dashboard["templating"]!["list"]!.AsArray(), v => (string)v!["name"]! == "datasource");
    }

    [GeneratedRegex(@"(?<base>pteropulse_[a-z0-9_]+?)(_bucket|_count|_sum)?\b")]
    private static partial Regex MetricName();
}

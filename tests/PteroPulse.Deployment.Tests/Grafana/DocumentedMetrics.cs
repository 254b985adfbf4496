using System.Text.RegularExpressions;
using PteroPulse.Deployment.Tests.Support;

namespace PteroPulse.Deployment.Tests.Grafana;

/// <summary>The metric table in docs/deployment.md: the Prometheus names the services promise to export.</summary>
internal static partial class DocumentedMetrics
{
    public static IReadOnlyList<(string Name, string Kind)> All { get; } =
        File.ReadLines(Repository.PathOf("docs", "deployment.md"))
            .Select(line => Row().Match(line))
            .Where(m => m.Success)
            .Select(m => (m.Groups["name"].Value, m.Groups["kind"].Value))
            .ToList();

    [GeneratedRegex(@"^\| `(?<name>pteropulse_[a-z0-9_]+)` \| (?<kind>[a-z]+) \|")]
    private static partial Regex Row();
}

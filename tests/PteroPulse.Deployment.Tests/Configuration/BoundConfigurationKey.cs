using System.Text.RegularExpressions;

namespace PteroPulse.Deployment.Tests.Configuration;

/// <summary>One line of deploy/bound-configuration-keys.txt: an environment variable name and the services binding it.</summary>
internal sealed record BoundConfigurationKey(string Pattern, IReadOnlySet<string> Services)
{
    public const string ListIndex = "{n}";

    public bool Matches(string name) => PatternRegex().IsMatch(name);

    public bool IsBoundBy(string service) => Services.Contains("*") || Services.Contains(service);

    /// <summary>The configuration path (Section:Key) as the options binder sees it, without a list index.</summary>
    public IReadOnlyList<string> Segments =>
        Pattern.Split("__").Where(segment => segment != ListIndex).ToList();

    private Regex PatternRegex() =>
        new("^" + Regex.Escape(Pattern).Replace(Regex.Escape(ListIndex), "[0-9]+", StringComparison.Ordinal) + "$",
            RegexOptions.CultureInvariant);
}

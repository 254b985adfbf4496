using PteroPulse.Deployment.Tests.Support;

namespace PteroPulse.Deployment.Tests.Configuration;

/// <summary>deploy/bound-configuration-keys.txt: the one list of environment variable names the services bind.</summary>
internal static class BoundConfigurationKeys
{
    public static IReadOnlyList<BoundConfigurationKey> All { get; } = Load();

    /// <summary>Names a container of <paramref name="service"/> is given that no line allows for that service.</summary>
    public static IReadOnlyList<string> UnboundBy(string service, IEnumerable<string> names) =>
        names.Where(name => !All.Any(key => key.Matches(name) && key.IsBoundBy(service))).ToList();

    public static bool IsBoundBy(string service, string name) => UnboundBy(service, [name]).Count == 0;

    private static List<BoundConfigurationKey> Load()
    {
        var keys = new List<BoundConfigurationKey>();
        foreach (var line in File.ReadLines(Repository.PathOf("deploy", "bound-configuration-keys.txt")))
        {
            var words = line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || words[0].StartsWith('#'))
            {
                continue;
            }

            if (words.Length < 2)
            {
                throw new FormatException($"bound-configuration-keys.txt: '{line}' names no service.");
            }

            keys.Add(new BoundConfigurationKey(words[0], words[1..].ToHashSet()));
        }

        return keys;
    }
}

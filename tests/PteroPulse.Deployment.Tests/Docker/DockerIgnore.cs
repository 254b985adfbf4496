using System.Text;
using System.Text.RegularExpressions;
using PteroPulse.Deployment.Tests.Support;

namespace PteroPulse.Deployment.Tests.Docker;

/// <summary>
/// The root .dockerignore with Docker's rules: patterns relative to the context, ** spans folders, a matched folder
/// excludes everything in it, "!" re-includes, the last matching pattern wins.
/// </summary>
internal sealed class DockerIgnore
{
    private readonly List<(Regex Pattern, bool Exclude)> _rules;

    private DockerIgnore(IEnumerable<string> lines) =>
        _rules = lines.Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => (ToRegex(l.TrimStart('!').Trim('/')), !l.StartsWith('!'))).ToList();

    public static DockerIgnore Load() => new(File.ReadAllLines(Repository.PathOf(".dockerignore")));

    public bool Excludes(string relativePath)
    {
        var parts = relativePath.Replace('\\', '/').Split('/');
        var candidates = Enumerable.Range(1, parts.Length).Select(n => string.Join('/', parts[..n])).ToList();
        var excluded = false;
        foreach (var (pattern, exclude) in _rules)
        {
            if (candidates.Any(pattern.IsMatch))
            {
                excluded = exclude;
            }
        }

        return excluded;
    }

    private static Regex ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i..].StartsWith("**/", StringComparison.Ordinal))
            {
                regex.Append("(.*/)?");
                i += 2;
            }
            else if (pattern[i..].StartsWith("**", StringComparison.Ordinal))
            {
                regex.Append(".*");
                i++;
            }
            else
            {
                regex.Append(pattern[i] switch { '*' => "[^/]*", '?' => "[^/]", var c => Regex.Escape(c.ToString())});
            }
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant);
    }
}

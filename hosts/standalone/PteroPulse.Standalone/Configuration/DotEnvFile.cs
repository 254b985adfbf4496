namespace PteroPulse.Standalone.Configuration;

/// <summary>
/// Reads an <c>.env</c> file the way docker compose does: <c>KEY=value</c> lines, <c>#</c> comments, optional
/// <c>export</c> and quotes. Keys use the environment-variable form (<c>Discord__Token</c>).
/// </summary>
public static class DotEnvFile
{
    public static IReadOnlyDictionary<string, string> Parse(IEnumerable<string> lines)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith("export ", StringComparison.Ordinal))
            {
                line = line["export ".Length..].TrimStart();
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            values[line[..equals].Trim()] = Unquote(line[(equals + 1)..].Trim());
        }

        return values;
    }

    private static string Unquote(string value)
    {
        if (value.Length >= 2 && (value[0] is '"' or '\'') && value[^1] == value[0])
        {
            return value[1..^1];
        }

        // An unquoted value ends at an inline comment.
        var comment = value.IndexOf(" #", StringComparison.Ordinal);
        return comment >= 0 ? value[..comment].TrimEnd() : value;
    }
}

using System.Text.RegularExpressions;

namespace PteroPulse.ServiceDefaults.Telemetry;

/// <summary>
/// Discord puts interaction and webhook tokens in the URL path (<c>/interactions/{id}/{token}/callback</c>,
/// <c>/webhooks/{app}/{token}/…</c>); traces must not carry them.
/// </summary>
public static partial class UrlRedaction
{
    public const string Placeholder = "{token}";

    public static string Redact(string url) => TokenSegment().Replace(url, "$1" + Placeholder);

    [GeneratedRegex(@"(/(?:interactions|webhooks)/[^/]+/)[^/?#]+", RegexOptions.CultureInvariant)]
    private static partial Regex TokenSegment();
}

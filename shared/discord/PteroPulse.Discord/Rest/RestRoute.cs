namespace PteroPulse.Discord.Rest;

/// <summary>
/// A request's rate-limit identity: the route template (method plus path with ids replaced) and its major parameter,
/// the top-level resource Discord counts buckets per (channel, guild, webhook + token, interaction).
/// </summary>
public sealed record RestRoute(string Template, string MajorParameter, bool IsInteraction)
{
    private static readonly HashSet<string> MajorResources = ["channels", "guilds", "webhooks", "interactions"];

    /// <summary>Builds the route of <paramref name="method"/> <paramref name="path"/> (relative, no query string).</summary>
    public static RestRoute From(HttpMethod method, string path)
    {
        var segments = path.Split('?')[0].Trim('/').Split('/');
        var template = new string[segments.Length];
        var major = "";
        var isInteraction = segments[0] == "interactions";
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            var previous = i > 0 ? segments[i - 1] : "";
            if (major.Length == 0 && i == 1 && MajorResources.Contains(previous) && IsId(segment))
            {
                major = segment;
                template[i] = "{major}";
            }
            else if (IsTokenSegment(segments, i))
            {
                // Interaction and webhook tokens are part of the major parameter but must never reach a log line.
                major = $"{major}/{segment}";
                template[i] = "{token}";
                isInteraction = true;
            }
            else
            {
                template[i] = IsId(segment) ? "{id}" : segment;
            }
        }

        return new RestRoute($"{method.Method} {string.Join('/', template)}", major, isInteraction);
    }

    private static bool IsTokenSegment(string[] segments, int i) =>
        i == 2 && segments[0] is "webhooks" or "interactions" && !IsId(segments[i]) && segments[i] != "messages"
        && segments[i] != "callback";

    private static bool IsId(string segment) => segment.Length > 0 && segment.All(char.IsAsciiDigit);

    /// <summary>The template only; safe to log.</summary>
    public override string ToString() => Template;
}

using System.Net;

namespace PteroPulse.Discord.Rest;

/// <summary>
/// Discord refused a request. <see cref="Code"/> is Discord's JSON error code (10008 unknown message, 50013 missing
/// permissions...); <see cref="FieldErrors"/> flattens the nested <c>errors</c> tree of a 50035.
/// </summary>
public class DiscordRestException(
    HttpStatusCode statusCode,
    int code,
    string discordMessage,
    string route,
    IReadOnlyList<DiscordFieldError> fieldErrors)
    : Exception(Describe(statusCode, code, discordMessage, route, fieldErrors))
{
    public HttpStatusCode StatusCode { get; } = statusCode;

    /// <summary>Discord's error code; 0 when the body had none.</summary>
    public int Code { get; } = code;

    public string DiscordMessage { get; } = discordMessage;

    /// <summary>The route template (ids and tokens replaced), safe to log.</summary>
    public string Route { get; } = route;

    public IReadOnlyList<DiscordFieldError> FieldErrors { get; } = fieldErrors;

    private static string Describe(HttpStatusCode status, int code, string message, string route, IReadOnlyList<DiscordFieldError> errors)
    {
        var text = $"Discord answered {(int)status} to {route}: {message} (code {code})";
        return errors.Count == 0 ? text : $"{text}; {string.Join("; ", errors)}";
    }
}

/// <summary>Still rate limited after the configured number of retries.</summary>
public sealed class DiscordRateLimitedException(string route, TimeSpan retryAfter, bool global)
    : DiscordRestException(HttpStatusCode.TooManyRequests, 0, $"rate limited; retry after {retryAfter.TotalSeconds:0.###} s{(global ? " (global)" : "")}", route, [])
{
    public TimeSpan RetryAfter { get; } = retryAfter;
    public bool IsGlobal { get; } = global;
}

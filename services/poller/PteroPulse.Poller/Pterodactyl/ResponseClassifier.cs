using System.Globalization;
using System.Net;
using System.Text.Json;
using PteroPulse.Poller.Pterodactyl.Dto;

namespace PteroPulse.Poller.Pterodactyl;

/// <summary>
/// Turns an HTTP answer into a <see cref="PanelOutcome"/>. The Content-Type is checked before any parsing: Cloudflare,
/// nginx and a login redirect answer with HTML, which must read as "something in front of the panel", not as a
/// broken server.
/// </summary>
internal static class ResponseClassifier
{
    public static PanelResult<T> Classify<T>(PanelResponse response, Func<string, T?> parse)
    {
        if (!response.Answered)
        {
            var why = response.TimedOut ? "the panel did not answer in time" : $"the panel could not be reached ({response.TransportError?.Message})";
            return Fail<T>(PanelOutcome.PanelUnreachable, why, 0);
        }

        var status = (int)response.Status;
        if (status is >= 300 and < 400)
        {
            return Fail<T>(PanelOutcome.NotJson, $"the panel redirected to {response.Header("Location") ?? "another page"}; send Accept: application/json", status);
        }

        if (status == 204)
        {
            return PanelResult<T>.Ok(parse("")!, status);
        }

        if (!IsJson(response.ContentType))
        {
            return Fail<T>(PanelOutcome.NotJson, DescribeNotJson(response, status), status);
        }

        return status is >= 200 and < 300 ? ParseSuccess(response, parse, status) : ClassifyError<T>(response, status);
    }

    private static PanelResult<T> ParseSuccess<T>(PanelResponse response, Func<string, T?> parse, int status)
    {
        try
        {
            var value = parse(response.Body ?? "");
            return value is null
                ? Fail<T>(PanelOutcome.NotJson, "the panel's answer had an unexpected shape", status)
                : PanelResult<T>.Ok(value, status);
        }
        catch (JsonException)
        {
            return Fail<T>(PanelOutcome.NotJson, "the panel's answer was not valid JSON (cut off by a proxy?)", status);
        }
    }

    private static PanelResult<T> ClassifyError<T>(PanelResponse response, int status)
    {
        var error = FirstError(response.Body);
        var detail = error?.Detail ?? $"HTTP {status}";
        var code = error?.Code ?? "";
        return status switch
        {
            401 => Fail<T>(PanelOutcome.Unauthorized, "the panel refused the API key (wrong, revoked or deleted)", status),
            403 when detail.Contains("application API key", StringComparison.Ordinal) => Fail<T>(PanelOutcome.WrongKeyType, detail, status),
            403 => Fail<T>(PanelOutcome.Forbidden, detail, status),
            404 => Fail<T>(PanelOutcome.NotFound, detail, status),
            409 => Fail<T>(PanelOutcome.Conflict, detail, status) with { Conflict = ConflictOf(detail) },
            429 => Fail<T>(PanelOutcome.RateLimited, detail, status) with { RetryAfter = RetryAfterOf(response) },
            400 when code == "TwoFactorAuthRequiredException" => Fail<T>(PanelOutcome.Forbidden, detail, status),
            400 or 422 => Fail<T>(PanelOutcome.Invalid, detail, status),
            502 when detail.StartsWith("Server must be online", StringComparison.Ordinal) => Fail<T>(PanelOutcome.ServerNotRunning, detail, status),
            _ when code is "DaemonConnectionException" or "ConnectionException" && !detail.Contains("(code:", StringComparison.Ordinal)
                => Fail<T>(PanelOutcome.NodeUnreachable, detail, status),
            _ when code == "DaemonConnectionException" => Fail<T>(PanelOutcome.NodeError, detail, status),
            _ => Fail<T>(PanelOutcome.PanelError, detail, status),
        };
    }

    private static ErrorDto? FirstError(string? body)
    {
        try
        {
            return JsonSerializer.Deserialize<ErrorList>(body ?? "", PanelJson.Options)?.Errors?.FirstOrDefault();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static PanelConflict ConflictOf(string detail) => detail switch
    {
        _ when detail.Contains("suspended", StringComparison.OrdinalIgnoreCase) => PanelConflict.Suspended,
        _ when detail.Contains("maintenance", StringComparison.OrdinalIgnoreCase) => PanelConflict.NodeMaintenance,
        _ when detail.Contains("installation", StringComparison.OrdinalIgnoreCase) => PanelConflict.Installing,
        _ when detail.Contains("restoring", StringComparison.OrdinalIgnoreCase) => PanelConflict.Restoring,
        _ when detail.Contains("transferred", StringComparison.OrdinalIgnoreCase) => PanelConflict.Transferring,
        _ => PanelConflict.Other,
    };

    private static TimeSpan RetryAfterOf(PanelResponse response) =>
        int.TryParse(response.Header("Retry-After"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : TimeSpan.FromSeconds(60);

    private static string DescribeNotJson(PanelResponse response, int status)
    {
        var cloudflare = response.Header("cf-ray") is not null || string.Equals(response.Header("Server"), "cloudflare", StringComparison.OrdinalIgnoreCase);
        if (response.Header("cf-mitigated") == "challenge")
        {
            return $"Cloudflare answered with a browser challenge (HTTP {status}) instead of the panel; add a WAF skip rule for /api/*";
        }

        return cloudflare
            ? $"Cloudflare answered instead of the panel (HTTP {status}); the panel behind it may be down"
            : $"the panel answered HTTP {status} with {response.ContentType ?? "no content type"}, not JSON (a proxy error page?)";
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null && (contentType.Contains("/json", StringComparison.OrdinalIgnoreCase) || contentType.Contains("+json", StringComparison.OrdinalIgnoreCase));

    private static PanelResult<T> Fail<T>(PanelOutcome outcome, string detail, int status) =>
        new() { Outcome = outcome, Detail = detail, StatusCode = status };
}

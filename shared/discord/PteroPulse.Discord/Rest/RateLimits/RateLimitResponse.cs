using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace PteroPulse.Discord.Rest.RateLimits;

/// <summary>What one response said about rate limits, read from its headers (and the 429 body's retry_after).</summary>
public sealed record RateLimitResponse
{
    public HttpStatusCode StatusCode { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public string? Bucket { get; init; }
    public int? Limit { get; init; }
    public int? Remaining { get; init; }
    public TimeSpan? ResetAfter { get; init; }

    /// <summary>
    /// <c>X-RateLimit-Reset</c>, Unix seconds. Not used for timing (clock skew); it identifies the window, since every
    /// answer within one window carries the same value.
    /// </summary>
    public double? Reset { get; init; }

    /// <summary>On 429: how long to wait; the body's precise value when present, else the whole-second header.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public bool IsGlobal { get; init; }
    public RateLimitScope? Scope { get; init; }

    public bool IsRateLimited => StatusCode == HttpStatusCode.TooManyRequests;

    public static RateLimitResponse FromHeaders(HttpStatusCode status, HttpResponseHeaders headers, DateTimeOffset receivedAt, double? bodyRetryAfter, bool bodyGlobal)
    {
        var scope = Header(headers, "X-RateLimit-Scope") switch
        {
            "global" => RateLimitScope.Global,
            "shared" => RateLimitScope.Shared,
            "user" => RateLimitScope.User,
            _ => (RateLimitScope?)null,
        };
        var isGlobal = bodyGlobal || string.Equals(Header(headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase)
            || scope == RateLimitScope.Global;
        var retryAfter = bodyRetryAfter ?? Number(headers, "Retry-After");
        return new RateLimitResponse
        {
            StatusCode = status,
            ReceivedAt = receivedAt,
            Bucket = Header(headers, "X-RateLimit-Bucket"),
            Limit = (int?)Number(headers, "X-RateLimit-Limit"),
            Remaining = (int?)Number(headers, "X-RateLimit-Remaining"),
            ResetAfter = Seconds(Number(headers, "X-RateLimit-Reset-After")),
            Reset = Number(headers, "X-RateLimit-Reset"),
            RetryAfter = status == HttpStatusCode.TooManyRequests ? Seconds(retryAfter) ?? TimeSpan.FromSeconds(1) : null,
            IsGlobal = isGlobal,
            Scope = isGlobal ? RateLimitScope.Global : scope ?? (status == HttpStatusCode.TooManyRequests ? RateLimitScope.User : null),
        };
    }

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static double? Number(HttpResponseHeaders headers, string name) =>
        double.TryParse(Header(headers, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static TimeSpan? Seconds(double? value) => value is { } seconds ? TimeSpan.FromSeconds(Math.Max(0, seconds)) : null;
}

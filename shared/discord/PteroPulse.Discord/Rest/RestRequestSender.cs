using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PteroPulse.Discord.Json;
using PteroPulse.Discord.Rest.RateLimits;

namespace PteroPulse.Discord.Rest;

/// <summary>
/// Sends one REST call: waits for the rate-limit coordinator, retries 5xx and network failures with backoff, honours
/// 429s, and turns every other refusal into a <see cref="DiscordRestException"/>.
/// </summary>
internal sealed class RestRequestSender(
    IHttpClientFactory httpClientFactory,
    IRateLimitCoordinator rateLimits,
    RouteOrdering ordering,
    InvalidRequestMonitor invalidRequests,
    DiscordMetrics metrics,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<RestRequestSender> logger)
{
    public const string HttpClientName = "PteroPulse.Discord.Rest";

    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(10);
    private volatile bool _tokenRejected;

    public async Task<T> SendAsync<T>(HttpMethod method, string path, RestContent? content, CancellationToken cancellationToken, string? auditReason = null)
    {
        var body = await SendAsync(method, path, content, cancellationToken, auditReason);
        return JsonSerializer.Deserialize<T>(body, DiscordJson.Options)
            ?? throw new JsonException($"Discord answered {method} {RestRoute.From(method, path)} with an empty body.");
    }

    public async Task<string> SendAsync(HttpMethod method, string path, RestContent? content, CancellationToken cancellationToken, string? auditReason = null)
    {
        var route = RestRoute.From(method, path);
        var settings = options.Value;
        if (_tokenRejected && !route.IsInteraction)
        {
            throw new DiscordRestException(HttpStatusCode.Unauthorized, 0, "the bot token was refused earlier; REST calls stay stopped until the token is fixed and the service restarted", route.Template, []);
        }

        using var turn = await ordering.EnterAsync(route, cancellationToken);
        var failures = 0;
        var rateLimited = 0;
        while (true)
        {
            using var lease = await rateLimits.AcquireAsync(route, cancellationToken);
            HttpResponseMessage response;
            try
            {
                response = await SendOnceAsync(method, path, content, route, auditReason, settings, cancellationToken);
            }
            catch (Exception ex) when (IsTransient(ex, cancellationToken) && failures < settings.MaxRetries)
            {
                failures++;
                lease.Dispose();
                DiscordLog.RestRetrying(logger, route.Template, failures, ex.GetType().Name);
                await Task.Delay(Backoff(failures), time, cancellationToken);
                continue;
            }

            using (response)
            {
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                var info = ReadRateLimit(response, body);
                lease.Complete(info);
                invalidRequests.Record(response.StatusCode, info.Scope);
                metrics.Answered(route.Template, (int)response.StatusCode);
                if (response.IsSuccessStatusCode)
                {
                    return body;
                }

                if (info.IsRateLimited)
                {
                    if (++rateLimited > settings.MaxRateLimitRetries)
                    {
                        throw new DiscordRateLimitedException(route.Template, info.RetryAfter ?? TimeSpan.Zero, info.IsGlobal);
                    }

                    metrics.RateLimited(route.Template, info.Scope);
                    DiscordLog.RestRateLimited(logger, route.Template, info.RetryAfter?.TotalSeconds ?? 0, info.Scope?.ToString() ?? "unknown");
                    continue;
                }

                if ((int)response.StatusCode >= 500 && failures < settings.MaxRetries)
                {
                    failures++;
                    lease.Dispose();
                    DiscordLog.RestRetrying(logger, route.Template, failures, $"HTTP {(int)response.StatusCode}");
                    await Task.Delay(Backoff(failures), time, cancellationToken);
                    continue;
                }

                throw Refusal(response.StatusCode, body, route);
            }
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(HttpMethod method, string path, RestContent? content, RestRoute route, string? auditReason, DiscordOptions settings, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/'));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bot", settings.Token);
        request.Headers.TryAddWithoutValidation("User-Agent", settings.UserAgent);
        if (auditReason is not null)
        {
            request.Headers.Add("X-Audit-Log-Reason", Uri.EscapeDataString(auditReason));
        }

        request.Content = content?.CreateHttpContent();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.RequestTimeout);
        var client = httpClientFactory.CreateClient(HttpClientName);
        return await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token);
    }

    private RateLimitResponse ReadRateLimit(HttpResponseMessage response, string body)
    {
        double? retryAfter = null;
        var global = false;
        if (response.StatusCode == HttpStatusCode.TooManyRequests && body.Length > 0)
        {
            try
            {
                using var document = JsonDocument.Parse(body);
                if (document.RootElement.ValueKind == JsonValueKind.Object)
                {
                    if (document.RootElement.TryGetProperty("retry_after", out var value) && value.ValueKind == JsonValueKind.Number)
                    {
                        retryAfter = value.GetDouble();
                    }

                    global = document.RootElement.TryGetProperty("global", out var g) && g.ValueKind == JsonValueKind.True;
                }
            }
            catch (JsonException)
            {
                // Cloudflare's HTML 429 page: the headers still say how long to wait.
            }
        }

        return RateLimitResponse.FromHeaders(response.StatusCode, response.Headers, time.GetUtcNow(), retryAfter, global);
    }

    private DiscordRestException Refusal(HttpStatusCode status, string body, RestRoute route)
    {
        var (code, message, errors) = DiscordErrorReader.Read(body, status.ToString());
        if (status == HttpStatusCode.Unauthorized && !route.IsInteraction)
        {
            // A refused bot token stays refused; every further call would only count toward the IP ban.
            _tokenRejected = true;
            DiscordLog.TokenRejected(logger, route.Template);
        }

        return new DiscordRestException(status, code, message, route.Template, errors);
    }

    private static bool IsTransient(Exception ex, CancellationToken cancellationToken) =>
        ex is HttpRequestException or IOException
        || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    private static TimeSpan Backoff(int failures)
    {
        var exponential = TimeSpan.FromMilliseconds(250 * Math.Pow(2, failures - 1));
        var capped = exponential < MaxBackoff ? exponential : MaxBackoff;
        // Jitter so that replicas failing together do not retry together.
        return capped * (0.5 + (Random.Shared.NextDouble() / 2));
    }
}

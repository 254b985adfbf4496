using System.Globalization;
using System.Text.Json;
using PteroPulse.Emulators.Discord.Hosting;
using PteroPulse.Emulators.Discord.RateLimiting;

namespace PteroPulse.Emulators.Discord.Rest;

/// <summary>
/// What Discord does around every REST call, in Discord's order: the Cloudflare ban, authentication, forced test
/// failures, the global limit (interaction routes exempt), the route bucket and its headers, then the handler; errors
/// become Discord's JSON bodies and 401/403/429s are counted.
/// </summary>
public sealed class ApiPipeline(
    RequestDelegate next,
    DiscordEmulatorOptions options,
    EmulatorClock clock,
    RateLimiter limiter,
    FailureInjector failures,
    InvalidRequestCounter invalidRequests,
    RequestLog log)
{
    public const string Prefix = "/api/v10";

    public async Task InvokeAsync(HttpContext context)
    {
        var route = RouteResolver.Resolve(context.Request.Method, context.Request.Path.Value![Prefix.Length..]);
        var entry = new RequestLogEntry
        {
            Time = clock.GetUtcNow(),
            Method = route.Method,
            Path = context.Request.Path.Value!,
            RouteTemplate = route.Template,
            UserAgent = context.Request.Headers.UserAgent.ToString(),
        };
        context.Items[typeof(RouteInfo)] = route;
        context.Items[typeof(RequestLogEntry)] = entry;
        log.Add(entry);
        string? scope = null;
        try
        {
            if (invalidRequests.Banned)
            {
                context.Response.StatusCode = 429;
                await context.Response.WriteAsync("error code: 1015");
                return;
            }

            if (context.Request.ContentLength > options.MaxRequestBytes)
            {
                throw new DiscordApiException(413, 40005, "Request entity too large");
            }

            // Cloudflare in front of Discord may refuse requests without a proper User-Agent; opt-in because it is observed, not documented.
            if (options.RequireUserAgent && !context.Request.Headers.UserAgent.ToString().StartsWith("DiscordBot (", StringComparison.Ordinal))
            {
                throw new DiscordApiException(403, 40333, "internal network error");
            }

            if (route.RequiresAuth && context.Request.Headers.Authorization.ToString() != "Bot " + options.BotToken)
            {
                throw DiscordApiException.Unauthorized();
            }

            if (failures.Take(route) is { } forced)
            {
                scope = await WriteForcedAsync(context, route, forced);
                return;
            }

            if (options.RateLimits.Enabled)
            {
                if (route.RequiresAuth && limiter.AcquireGlobal(options.BotToken) is { } wait)
                {
                    throw new DiscordApiException(429, 0, "You are being rate limited.") { RetryAfter = wait, Global = true, Scope = "global" };
                }

                var (bucket, limit) = limiter.BucketFor(route);
                var verdict = limiter.Acquire(bucket, limit, route.Major);
                WriteBucketHeaders(context.Response, verdict);
                if (!verdict.Allowed)
                {
                    throw new DiscordApiException(429, 0, "You are being rate limited.") { RetryAfter = verdict.ResetAfterSeconds, Scope = "user" };
                }
            }

            await next(context);
        }
        catch (DiscordApiException error)
        {
            scope = error.Scope;
            await WriteErrorAsync(context, error);
        }
        catch (Exception error) when (error is not OperationCanceledException && !context.Response.HasStarted)
        {
            // A bug in the emulator must not look like a Discord answer: say so plainly.
            context.RequestServices.GetRequiredService<ILogger<ApiPipeline>>().EmulatorFailure(error, route.Template);
            context.Response.StatusCode = 500;
            await context.Response.WriteAsync("{\"message\": \"500: Internal Server Error (emulator: " + error.GetType().Name + ": " + error.Message.Replace("\"", "'", StringComparison.Ordinal) + ")\", \"code\": 0}");
        }
        finally
        {
            entry.Status = context.Response.StatusCode;
            invalidRequests.Record(context.Response.StatusCode, scope);
        }
    }

    public static void WriteBucketHeaders(HttpResponse response, RateLimitVerdict verdict)
    {
        var headers = response.Headers;
        headers["X-RateLimit-Limit"] = verdict.Limit.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = verdict.Remaining.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset"] = (verdict.ResetAt.ToUnixTimeMilliseconds() / 1000.0).ToString("0.000", CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset-After"] = verdict.ResetAfterSeconds.ToString("0.000", CultureInfo.InvariantCulture);
        headers["X-RateLimit-Bucket"] = verdict.Bucket;
    }

    private async Task<string?> WriteForcedAsync(HttpContext context, RouteInfo route, ForcedFailure forced)
    {
        if (forced.Kind == ForcedFailureKind.ServerError)
        {
            context.Response.StatusCode = forced.Status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(forced.Status == 502 ? "{\"message\": \"502: Bad Gateway\", \"code\": 0}" : "{\"message\": \"API resource is currently overloaded. Try again a little later.\", \"code\": 130000}");
            return null;
        }

        var scope = forced.Kind switch
        {
            ForcedFailureKind.GlobalRateLimit => "global",
            ForcedFailureKind.SharedRateLimit => "shared",
            _ => "user",
        };
        if (forced.Kind != ForcedFailureKind.GlobalRateLimit)
        {
            // A shared limit is on the resource: the bot's own bucket may still show room (discord-api-docs#4043).
            var (bucket, limit) = limiter.BucketFor(route);
            var remaining = forced.Kind == ForcedFailureKind.SharedRateLimit ? Math.Max(1, limit.Limit - 1) : 0;
            var resetAt = clock.GetUtcNow().AddSeconds(forced.RetryAfterSeconds);
            WriteBucketHeaders(context.Response, new RateLimitVerdict(false, RateLimiter.Hash(bucket), limit.Limit, remaining, resetAt, forced.RetryAfterSeconds));
        }

        await WriteErrorAsync(context, new DiscordApiException(429, 0, "You are being rate limited.")
        {
            RetryAfter = forced.RetryAfterSeconds,
            Scope = scope,
            Global = forced.Kind == ForcedFailureKind.GlobalRateLimit,
        });
        return scope;
    }

    public static async Task WriteErrorAsync(HttpContext context, DiscordApiException error)
    {
        var response = context.Response;
        response.StatusCode = error.Status;
        response.ContentType = "application/json";
        if (error.RetryAfter is { } retryAfter)
        {
            response.Headers.RetryAfter = Math.Ceiling(retryAfter).ToString(CultureInfo.InvariantCulture);
            response.Headers["X-RateLimit-Scope"] = error.Scope ?? "user";
            if (error.Global)
            {
                // A global 429 carries no per-route headers (discord-api.md §2.2).
                foreach (var name in new[] { "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "X-RateLimit-Reset-After", "X-RateLimit-Bucket" })
                {
                    response.Headers.Remove(name);
                }

                response.Headers["X-RateLimit-Global"] = "true";
            }
        }

        if (context.LogEntry() is { } entry)
        {
            entry.ErrorCode = error.Code;
        }

        await response.WriteAsync(error.ToBody().ToJsonString(JsonOptions));
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}

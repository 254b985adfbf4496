using System.Globalization;
using System.Net;
using PteroPulse.Emulators.Discord.RateLimiting;
using PteroPulse.Emulators.Discord.Seeding;
using PteroPulse.Emulators.Discord.Tests.Support;

namespace PteroPulse.Emulators.Discord.Tests.Rest;

/// <summary>Rate limits as discord-api.md §2.2 describes them: headers, 429 bodies, scopes, the global limit.</summary>
public sealed class RateLimitTests
{
    private const string Messages = "channels/1301234567890123456/messages";

    [Fact]
    public async Task Sends_bucket_headers_with_a_message_create()
    {
        await using var emulator = await Emulator.StartAsync();
        using var http = Api.BotClient(emulator);

        using var response = await http.PostAsync(Messages, Api.Json("""{"content":"one"}"""), TestContext.Current.CancellationToken);

        Assert.Equal("5", Header(response, "X-RateLimit-Limit"));
        Assert.Equal("4", Header(response, "X-RateLimit-Remaining"));
        Assert.Matches(@"^\d+\.\d{3}$", Header(response, "X-RateLimit-Reset"));
        var resetAfter = double.Parse(Header(response, "X-RateLimit-Reset-After"), CultureInfo.InvariantCulture);
        Assert.InRange(resetAfter, 0.001, 5.0);
        Assert.Matches("^[0-9a-f]{32}$", Header(response, "X-RateLimit-Bucket"));
    }

    [Fact]
    public async Task Answers_the_sixth_message_within_five_seconds_with_a_user_scoped_429()
    {
        await using var emulator = await Emulator.StartAsync();
        using var http = Api.BotClient(emulator);
        for (var i = 0; i < 5; i++)
        {
            using var ok = await http.PostAsync(Messages, Api.Json($$"""{"content":"m{{i}}"}"""), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var limited = await http.PostAsync(Messages, Api.Json("""{"content":"too many"}"""), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        var body = await limited.ReadJsonAsync();
        var retryAfter = body["retry_after"]!.GetValue<double>();
        Assert.InRange(retryAfter, 0.001, 5.0);
        Assert.False(body["global"]!.GetValue<bool>());
        Assert.Equal(Math.Ceiling(retryAfter).ToString(CultureInfo.InvariantCulture), Header(limited, "Retry-After"));
        Assert.Equal("user", Header(limited, "X-RateLimit-Scope"));
        Assert.Equal("0", Header(limited, "X-RateLimit-Remaining"));
        Assert.Equal(1, emulator.Control.InvalidRequestCount);
    }

    [Fact]
    public async Task Counts_each_channel_as_its_own_bucket()
    {
        await using var emulator = await Emulator.StartAsync();
        using var http = Api.BotClient(emulator);
        for (var i = 0; i < 5; i++)
        {
            (await http.PostAsync(Messages, Api.Json("""{"content":"x"}"""), TestContext.Current.CancellationToken)).Dispose();
        }

        using var other = await http.PostAsync($"channels/{DefaultSeed.GeneralChannelId}/messages", Api.Json("""{"content":"x"}"""), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal("4", Header(other, "X-RateLimit-Remaining"));
    }

    [Fact]
    public async Task Frees_the_bucket_when_the_clock_passes_its_reset()
    {
        await using var emulator = await Emulator.StartAsync();
        using var http = Api.BotClient(emulator);
        for (var i = 0; i < 5; i++)
        {
            (await http.PostAsync(Messages, Api.Json("""{"content":"x"}"""), TestContext.Current.CancellationToken)).Dispose();
        }

        emulator.Control.AdvanceClock(TimeSpan.FromSeconds(5.1));
        using var response = await http.PostAsync(Messages, Api.Json("""{"content":"x"}"""), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Forced_global_429_carries_only_global_headers()
    {
        await using var emulator = await Emulator.StartAsync();
        using var http = Api.BotClient(emulator);
        emulator.Control.ForceFailure(new ForcedFailure("*", ForcedFailureKind.GlobalRateLimit, RetryAfterSeconds: 0.4));

        using var response = await http.GetAsync("users/@me", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True((await response.ReadJsonAsync())["global"]!.GetValue<bool>());
        Assert.Equal("true", Header(response, "X-RateLimit-Global"));
        Assert.Equal("global", Header(response, "X-RateLimit-Scope"));
        Assert.Equal("1", Header(response, "Retry-After"));
        Assert.False(response.Headers.Contains("X-RateLimit-Bucket"));
    }

    [Fact]
    public async Task Forced_shared_429_is_not_counted_as_an_invalid_request()
    {
        await using var emulator = await Emulator.StartAsync();
        using var http = Api.BotClient(emulator);
        emulator.Control.ForceFailure(new ForcedFailure("POST /channels/{channel_id}/messages", ForcedFailureKind.SharedRateLimit, RetryAfterSeconds: 40));

        using var response = await http.PostAsync(Messages, Api.Json("""{"content":"x"}"""), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("shared", Header(response, "X-RateLimit-Scope"));
        Assert.Equal("40", Header(response, "Retry-After"));
        Assert.NotEqual("0", Header(response, "X-RateLimit-Remaining"));
        Assert.Equal(0, emulator.Control.InvalidRequestCount);
    }

    [Fact]
    public async Task Forced_server_error_fails_once_then_the_route_works()
    {
        await using var emulator = await Emulator.StartAsync();
        using var http = Api.BotClient(emulator);
        emulator.Control.ForceFailure(new ForcedFailure("GET /users/@me", ForcedFailureKind.ServerError, Status: 502));

        using var failed = await http.GetAsync("users/@me", TestContext.Current.CancellationToken);
        using var next = await http.GetAsync("users/@me", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadGateway, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task Limits_a_bot_to_its_global_requests_per_second()
    {
        await using var emulator = await Emulator.StartAsync(o => o.RateLimits.GlobalPerSecond = 3);
        using var http = Api.BotClient(emulator);
        for (var i = 0; i < 3; i++)
        {
            (await http.GetAsync("users/@me", TestContext.Current.CancellationToken)).Dispose();
        }

        using var response = await http.GetAsync("users/@me", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("global", Header(response, "X-RateLimit-Scope"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.Single() : throw new Xunit.Sdk.XunitException($"Missing header {name}.");
}

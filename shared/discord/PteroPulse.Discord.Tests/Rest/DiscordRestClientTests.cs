using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using PteroPulse.Discord.Models;
using PteroPulse.Discord.Rest;
using PteroPulse.Discord.Tests.Support;

namespace PteroPulse.Discord.Tests.Rest;

public sealed class DiscordRestClientTests
{
    private const string MessageJson = """{"id":"222","channel_id":"111","content":"ok","embeds":[],"attachments":[]}""";

    [Fact]
    public async Task Sends_the_bot_token_and_user_agent_and_reads_the_message()
    {
        await using var harness = new RestHarness((_, _) => StubHttpHandler.Json(HttpStatusCode.OK, MessageJson));

        var message = await harness.Client.GetMessageAsync(111, 222, TestContext.Current.CancellationToken);

        var request = Assert.Single(harness.Handler.Requests);
        Assert.Equal("https://discord.test/api/v10/channels/111/messages/222", request.Uri.ToString());
        Assert.Equal("Bot test-token", request.Headers["Authorization"]);
        Assert.StartsWith("DiscordBot (", request.Headers["User-Agent"], StringComparison.Ordinal);
        Assert.Equal(222ul, message.Id);
        Assert.Equal(111ul, message.ChannelId);
    }

    [Fact]
    public async Task Retries_a_server_error_and_returns_the_later_success()
    {
        await using var harness = new RestHarness((_, i) => i < 2
            ? StubHttpHandler.Json(HttpStatusCode.BadGateway, "{}")
            : StubHttpHandler.Json(HttpStatusCode.OK, MessageJson));

        var message = await harness.RunAsync(harness.Client.GetMessageAsync(111, 222, TestContext.Current.CancellationToken));

        Assert.Equal(3, harness.Handler.Requests.Count);
        Assert.Equal("ok", message.Content);
    }

    [Fact]
    public async Task Gives_up_after_the_configured_retries_of_server_errors()
    {
        await using var harness = new RestHarness((_, _) => StubHttpHandler.Json(HttpStatusCode.InternalServerError, """{"code":130000,"message":"API resource overloaded"}"""),
            options => options.MaxRetries = 2);

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => harness.RunAsync(harness.Client.GetMessageAsync(111, 222, TestContext.Current.CancellationToken)));

        Assert.Equal(3, harness.Handler.Requests.Count);
        Assert.Equal(130000, error.Code);
    }

    [Fact]
    public async Task Never_retries_a_client_error_and_carries_the_code_and_field_errors()
    {
        await using var harness = new RestHarness((_, _) => StubHttpHandler.Json(HttpStatusCode.BadRequest,
            """{"code":50035,"message":"Invalid Form Body","errors":{"content":{"_errors":[{"code":"BASE_TYPE_MAX_LENGTH","message":"too long"}]}}}"""));

        var error = await Assert.ThrowsAsync<DiscordRestException>(() =>
            harness.Client.EditMessageAsync(111, 222, new MessageProperties { Content = "x" }, TestContext.Current.CancellationToken));

        Assert.Single(harness.Handler.Requests);
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal(50035, error.Code);
        Assert.Equal("content", Assert.Single(error.FieldErrors).Path);
        Assert.Equal("PATCH channels/{major}/messages/{id}", error.Route);
    }

    [Fact]
    public async Task Reports_unknown_message_as_10008_without_retrying()
    {
        await using var harness = new RestHarness((_, _) => StubHttpHandler.Json(HttpStatusCode.NotFound, """{"code":10008,"message":"Unknown Message"}"""));

        var error = await Assert.ThrowsAsync<DiscordRestException>(() =>
            harness.Client.EditMessageAsync(111, 222, new MessageProperties { Content = "x" }, TestContext.Current.CancellationToken));

        Assert.Equal(10008, error.Code);
        Assert.Single(harness.Handler.Requests);
    }

    [Fact]
    public async Task Retries_a_network_failure()
    {
        await using var harness = new RestHarness((_, i) => i == 0
            ? throw new HttpRequestException("connection reset")
            : StubHttpHandler.Json(HttpStatusCode.OK, MessageJson));

        var message = await harness.RunAsync(harness.Client.GetMessageAsync(111, 222, TestContext.Current.CancellationToken));

        Assert.Equal(2, harness.Handler.Requests.Count);
        Assert.Equal(222ul, message.Id);
    }

    [Fact]
    public async Task Waits_out_a_429_and_then_succeeds()
    {
        await using var harness = new RestHarness((_, i) => i == 0
            ? StubHttpHandler.Json(HttpStatusCode.TooManyRequests, """{"message":"You are being rate limited.","retry_after":2.5,"global":false}""",
                ("Retry-After", "3"), ("X-RateLimit-Scope", "user"), ("X-RateLimit-Bucket", "abc"), ("X-RateLimit-Limit", "5"),
                ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset-After", "2.5"))
            : StubHttpHandler.Json(HttpStatusCode.OK, MessageJson));
        var started = harness.Time.GetUtcNow();

        await harness.RunAsync(harness.Client.EditMessageAsync(111, 222, new MessageProperties { Content = "x" }, TestContext.Current.CancellationToken));

        Assert.Equal(2, harness.Handler.Requests.Count);
        Assert.True(harness.Time.GetUtcNow() - started >= TimeSpan.FromSeconds(2.5));
    }

    [Fact]
    public async Task Throws_rate_limited_after_the_configured_retries()
    {
        await using var harness = new RestHarness((_, _) => StubHttpHandler.Json(HttpStatusCode.TooManyRequests,
            """{"message":"limited","retry_after":0.1,"global":false}""", ("Retry-After", "1"), ("X-RateLimit-Scope", "user")),
            options => options.MaxRateLimitRetries = 2);

        var error = await Assert.ThrowsAsync<DiscordRateLimitedException>(() => harness.RunAsync(harness.Client.GetChannelAsync(111, TestContext.Current.CancellationToken)));

        Assert.Equal(3, harness.Handler.Requests.Count);
        Assert.False(error.IsGlobal);
    }

    [Fact]
    public async Task Stops_all_bot_calls_after_the_token_is_refused()
    {
        await using var harness = new RestHarness((_, _) => StubHttpHandler.Json(HttpStatusCode.Unauthorized, """{"message":"401: Unauthorized","code":0}"""));
        await Assert.ThrowsAsync<DiscordRestException>(() => harness.Client.GetCurrentUserAsync(TestContext.Current.CancellationToken));

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => harness.Client.GetChannelAsync(111, TestContext.Current.CancellationToken));

        Assert.Single(harness.Handler.Requests);
        Assert.Contains("refused", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Never_writes_the_token_or_interaction_token_to_logs()
    {
        await using var harness = new RestHarness((_, _) => StubHttpHandler.Json(HttpStatusCode.BadGateway, "{}"), options => options.MaxRetries = 1);

        await Assert.ThrowsAsync<DiscordRestException>(() => harness.RunAsync(
            harness.Client.EditOriginalResponseAsync(131, "interaction-secret", new MessageProperties { Content = "x" }, TestContext.Current.CancellationToken)));

        var logged = string.Join("\n", harness.Logs.Collector.GetSnapshot().Select(r => r.Message));
        Assert.Contains("webhooks/{major}/{token}", logged, StringComparison.Ordinal);
        Assert.DoesNotContain("interaction-secret", logged, StringComparison.Ordinal);
        Assert.DoesNotContain("test-token", logged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sends_a_nonce_discord_enforces_on_create()
    {
        await using var harness = new RestHarness((_, _) => StubHttpHandler.Json(HttpStatusCode.OK, MessageJson));

        await harness.Client.CreateMessageAsync(111, new MessageProperties { Content = "hello" }, TestContext.Current.CancellationToken);

        var body = Assert.Single(harness.Handler.Requests).Body;
        Assert.Contains("\"nonce\":\"", body, StringComparison.Ordinal);
        Assert.Contains("\"enforce_nonce\":true", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_an_empty_message_before_sending()
    {
        await using var harness = new RestHarness((_, _) => StubHttpHandler.Json(HttpStatusCode.OK, MessageJson));

        await Assert.ThrowsAsync<PteroPulse.Discord.Builders.DiscordLimitException>(() =>
            harness.Client.CreateMessageAsync(111, new MessageProperties(), TestContext.Current.CancellationToken));

        Assert.Empty(harness.Handler.Requests);
    }

    [Fact]
    public async Task Sends_the_interaction_callback_to_the_token_route()
    {
        await using var harness = new RestHarness((_, _) => new HttpResponseMessage(HttpStatusCode.NoContent));

        await harness.Client.SendInteractionCallbackAsync(333, "tok", InteractionCallback.DeferredMessage(), TestContext.Current.CancellationToken);

        var request = Assert.Single(harness.Handler.Requests);
        Assert.Equal("/api/v10/interactions/333/tok/callback", request.Uri.AbsolutePath);
        Assert.Equal("""{"type":5}""", request.Body);
    }

    [Fact]
    public async Task Counts_answers_by_route_and_status_and_429s_by_scope()
    {
        await using var harness = new RestHarness((_, i) => i == 0
            ? StubHttpHandler.Json(HttpStatusCode.TooManyRequests, """{"message":"limited","retry_after":0.1,"global":false}""", ("X-RateLimit-Scope", "shared"))
            : StubHttpHandler.Json(HttpStatusCode.OK, MessageJson));
        var meters = harness.Get<IMeterFactory>();
        using var answers = new MetricCollector<long>(meters, DiscordMetrics.MeterName, "pteropulse.discord.rest.requests");
        using var limited = new MetricCollector<long>(meters, DiscordMetrics.MeterName, "pteropulse.discord.rest.rate_limited");

        await harness.RunAsync(harness.Client.GetMessageAsync(111, 222, TestContext.Current.CancellationToken));

        Assert.Equal([429, 200], answers.GetMeasurementSnapshot().Select(m => (int)m.Tags["status"]!));
        Assert.All(answers.GetMeasurementSnapshot(), m => Assert.Equal("GET channels/{major}/messages/{id}", m.Tags["route"]));
        Assert.Equal("shared", Assert.Single(limited.GetMeasurementSnapshot()).Tags["scope"]);
    }

    [Fact]
    public async Task Keeps_edits_of_one_message_in_order_when_the_first_is_retried()
    {
        await using var harness = new RestHarness((_, i) => i == 0
            ? StubHttpHandler.Json(HttpStatusCode.BadGateway, "{}")
            : StubHttpHandler.Json(HttpStatusCode.OK, MessageJson));

        var first = harness.Client.EditMessageAsync(111, 222, new MessageProperties { Content = "first" }, TestContext.Current.CancellationToken);
        await Clock.WaitUntil(() => harness.Handler.Requests.Count == 1);
        var second = harness.Client.EditMessageAsync(111, 222, new MessageProperties { Content = "second" }, TestContext.Current.CancellationToken);
        await harness.RunAsync(Task.WhenAll(first, second));

        Assert.Equal(["first", "first", "second"], harness.Handler.Requests.Select(r => System.Text.Json.JsonDocument.Parse(r.Body).RootElement.GetProperty("content").GetString()));
    }
}

using System.Text.Json;
using PteroPulse.Discord.Gateway;
using PteroPulse.Discord.Tests.Support;

namespace PteroPulse.Discord.Tests.Gateway;

public sealed class GatewayShardTests
{
    [Fact]
    public async Task Identifies_with_the_guilds_intent_after_hello_and_raises_ready()
    {
        await using var harness = new GatewayHarness();
        var connection = await harness.NextConnectionAsync();

        connection.Hello();
        var identify = await harness.NextSessionStartAsync(connection);
        connection.Ready();
        await Clock.WaitUntil(() => harness.Events.Events.OfType<ReadyEvent>().Any());

        Assert.Equal("ws://gateway.test/?v=10&encoding=json", connection.Uri.ToString());
        Assert.Equal(2, identify.GetProperty("op").GetInt32());
        Assert.Equal("test-token", identify.GetProperty("d").GetProperty("token").GetString());
        Assert.Equal(1, identify.GetProperty("d").GetProperty("intents").GetInt32());
        Assert.Equal("[0,1]", identify.GetProperty("d").GetProperty("shard").GetRawText());
        Assert.True(harness.Client.IsReady);
        Assert.Equal(1290000000000000000ul, Assert.Single(harness.Events.Events.OfType<ReadyEvent>().Single().GuildIds));
    }

    [Fact]
    public async Task Heartbeats_with_the_last_sequence_and_resumes_when_an_ack_is_missing()
    {
        await using var harness = new GatewayHarness();
        var connection = await harness.ConnectReadyAsync();

        var heartbeat = await harness.NextFromClientAsync(connection);
        var closeCode = await harness.ClientClosedAsync(connection);
        var resumed = await harness.NextConnectionAsync();
        resumed.Hello();
        var resume = await harness.NextSessionStartAsync(resumed);

        Assert.Equal("""{"op":1,"d":1}""", heartbeat.GetRawText());
        Assert.Equal(4000, closeCode);
        Assert.Equal("ws://resume.test/?v=10&encoding=json", resumed.Uri.ToString());
        Assert.Equal(6, resume.GetProperty("op").GetInt32());
        Assert.Equal("session-1", resume.GetProperty("d").GetProperty("session_id").GetString());
        Assert.Equal(1, resume.GetProperty("d").GetProperty("seq").GetInt32());
    }

    [Fact]
    public async Task Keeps_the_connection_while_heartbeats_are_acknowledged()
    {
        await using var harness = new GatewayHarness();
        var connection = await harness.ConnectReadyAsync();

        for (var i = 0; i < 3; i++)
        {
            await harness.NextFromClientAsync(connection);
            connection.Send(new { op = 11 });
            await Clock.WaitUntil(() => harness.Client.Shards[0].Latency is not null);
        }

        Assert.False(connection.ClientClosed.IsCompleted);
        Assert.Equal(1, harness.Server.ConnectionCount);
    }

    [Fact]
    public async Task Resumes_after_a_dropped_connection_and_delivers_a_replayed_interaction_once()
    {
        await using var harness = new GatewayHarness();
        var connection = await harness.ConnectReadyAsync();
        connection.Interaction(2, 42);
        await Clock.WaitUntil(() => harness.Events.Events.OfType<InteractionCreateEvent>().Any());

        connection.ServerClose(1006);
        var resumed = await harness.NextConnectionAsync();
        resumed.Hello();
        var resume = await harness.NextSessionStartAsync(resumed);
        resumed.Interaction(2, 42);
        resumed.Interaction(3, 43);
        resumed.Dispatch("RESUMED", 4, new { });
        await Clock.WaitUntil(() => harness.Events.Events.OfType<ResumedEvent>().Any());

        Assert.Equal(2, resume.GetProperty("d").GetProperty("seq").GetInt32());
        Assert.Equal([42ul, 43ul], harness.Events.Events.OfType<InteractionCreateEvent>().Select(e => e.Interaction.Id));
    }

    [Fact]
    public async Task Identifies_afresh_on_the_main_url_after_a_non_resumable_invalid_session()
    {
        await using var harness = new GatewayHarness();
        var connection = await harness.ConnectReadyAsync();

        connection.Send(new { op = 9, d = false });
        var next = await harness.NextConnectionAsync();
        next.Hello();
        var identify = await harness.NextSessionStartAsync(next);

        Assert.Equal("ws://gateway.test/?v=10&encoding=json", next.Uri.ToString());
        Assert.Equal(2, identify.GetProperty("op").GetInt32());
    }

    [Fact]
    public async Task Resumes_on_the_resume_url_after_op_7()
    {
        await using var harness = new GatewayHarness();
        var connection = await harness.ConnectReadyAsync();

        connection.Send(new { op = 7, d = (object?)null });
        var next = await harness.NextConnectionAsync();
        next.Hello();
        var resume = await harness.NextSessionStartAsync(next);

        Assert.Equal(4000, await connection.ClientClosed);
        Assert.Equal("ws://resume.test/?v=10&encoding=json", next.Uri.ToString());
        Assert.Equal(6, resume.GetProperty("op").GetInt32());
    }

    [Fact]
    public async Task Stops_with_a_clear_error_on_close_4004_and_never_reconnects()
    {
        await using var harness = new GatewayHarness();
        var connection = await harness.NextConnectionAsync();
        connection.Hello();
        await connection.NextFromClientAsync();

        connection.ServerClose(4004, "Authentication failed.");
        var error = await Assert.ThrowsAsync<GatewayFatalException>(() => harness.Run.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
        harness.Time.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(4004, error.CloseCode);
        Assert.Contains("Discord__Token", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, harness.Server.ConnectionCount);
        Assert.Equal(GatewayShardState.Failed, harness.Client.Shards[0].State);
        Assert.Same(error, harness.Client.Failure);
    }

    [Fact]
    public async Task Identifies_again_after_close_4009_session_timed_out()
    {
        await using var harness = new GatewayHarness();
        var connection = await harness.ConnectReadyAsync();

        connection.ServerClose(4009);
        var next = await harness.NextConnectionAsync();
        next.Hello();
        var identify = await harness.NextSessionStartAsync(next);

        Assert.Equal(2, identify.GetProperty("op").GetInt32());
    }

    [Fact]
    public async Task Answers_a_heartbeat_request_from_the_server_at_once()
    {
        await using var harness = new GatewayHarness();
        var connection = await harness.ConnectReadyAsync();

        connection.Send(new { op = 1, d = (object?)null });
        var heartbeat = await connection.NextFromClientAsync();

        Assert.Equal(1, heartbeat.GetProperty("op").GetInt32());
    }

    [Fact]
    public async Task Closes_the_session_with_1000_when_stopping()
    {
        var harness = new GatewayHarness();
        var connection = await harness.ConnectReadyAsync();

        await harness.StopAsync();

        Assert.Equal(1000, await connection.ClientClosed);
        Assert.Equal(GatewayShardState.Stopped, harness.Client.Shards[0].State);
        await harness.DisposeAsync();
    }

    [Fact]
    public async Task Never_sends_the_token_anywhere_but_identify_and_resume()
    {
        await using var harness = new GatewayHarness();
        var connection = await harness.ConnectReadyAsync();
        connection.ServerClose(4000);
        await harness.NextConnectionAsync();

        var logged = string.Join("\n", harness.Logs.Collector.GetSnapshot().Select(r => r.Message));

        Assert.DoesNotContain("test-token", logged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconnects_when_the_server_never_says_hello()
    {
        await using var harness = new GatewayHarness();
        var silent = await harness.NextConnectionAsync();

        var next = await harness.NextConnectionAsync();

        Assert.Equal(4000, await silent.ClientClosed);
        Assert.Equal(2, harness.Server.ConnectionCount);
        Assert.NotNull(next);
    }

    [Fact]
    public async Task Keeps_asking_for_the_gateway_url_while_discord_is_down_then_connects()
    {
        const string bot = """{"url":"ws://from-rest.test","shards":2,"session_start_limit":{"total":1000,"remaining":999,"reset_after":1000,"max_concurrency":1}}""";
        await using var harness = new GatewayHarness(
            options => { options.Url = ""; options.ShardCount = 0; options.LastShardId = 0; },
            (_, i) => i < 2 ? StubHttpHandler.Json(System.Net.HttpStatusCode.ServiceUnavailable, "{}") : StubHttpHandler.Json(System.Net.HttpStatusCode.OK, bot));

        var connection = await harness.NextConnectionAsync();
        connection.Hello();
        var identify = await harness.NextSessionStartAsync(connection);

        Assert.Equal("ws://from-rest.test/?v=10&encoding=json", connection.Uri.ToString());
        Assert.Equal("[0,2]", identify.GetProperty("d").GetProperty("shard").GetRawText());
    }
}

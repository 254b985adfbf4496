using System.Text.Json.Nodes;
using PteroPulse.Emulators.Discord.Hosting;
using PteroPulse.Emulators.Discord.Seeding;
using PteroPulse.Emulators.Discord.Tests.Support;

namespace PteroPulse.Emulators.Discord.Tests.Gateway;

/// <summary>The gateway as the docs describe it (discord-api.md §3), driven by a raw ClientWebSocket.</summary>
public sealed class GatewayTests
{
    [Fact]
    public async Task Sends_hello_then_ready_and_guild_create_after_identify()
    {
        await using var emulator = await Emulator.StartAsync();
        await using var bot = await TestBot.ConnectAsync(emulator.GatewayUrl);

        var hello = await bot.ReceiveAsync();
        await bot.IdentifyAsync(emulator.Options.BotToken);
        var ready = await bot.WaitForDispatchAsync("READY");
        var guildCreate = await bot.WaitForDispatchAsync("GUILD_CREATE");

        Assert.Equal(10, hello!["op"]!.GetValue<int>());
        Assert.Equal(41250, hello["d"]!["heartbeat_interval"]!.GetValue<int>());
        Assert.Equal(1, ready["s"]!.GetValue<int>());
        Assert.False(string.IsNullOrEmpty(ready["d"]!["session_id"]!.GetValue<string>()));
        Assert.NotEqual(emulator.GatewayUrl, ready["d"]!["resume_gateway_url"]!.GetValue<string>());
        Assert.True(ready["d"]!["guilds"]![0]!["unavailable"]!.GetValue<bool>());
        Assert.Equal(2, guildCreate["s"]!.GetValue<int>());
        Assert.Equal(DefaultSeed.GuildId.ToString(), guildCreate["d"]!["id"]!.GetValue<string>());
        Assert.NotEmpty(guildCreate["d"]!["channels"]!.AsArray());
    }

    [Fact]
    public async Task Answers_every_heartbeat_with_an_ack()
    {
        await using var emulator = await Emulator.StartAsync();
        await using var bot = await TestBot.ConnectAsync(emulator.GatewayUrl);
        await bot.ReceiveAsync();

        await bot.SendAsync(new JsonObject { ["op"] = 1, ["d"] = null });

        Assert.Equal(11, (await bot.ReceiveAsync())!["op"]!.GetValue<int>());
    }

    [Fact]
    public async Task Resume_replays_a_missed_interaction_create_then_resumed()
    {
        await using var emulator = await Emulator.StartAsync();
        await Commands.RegisterStatusAsync(emulator);
        string sessionId, resumeUrl;
        int seq;
        await using (var bot = await TestBot.ConnectAsync(emulator.GatewayUrl))
        {
            await bot.ReceiveAsync();
            await bot.IdentifyAsync(emulator.Options.BotToken);
            var ready = await bot.WaitForDispatchAsync("READY");
            await bot.WaitForDispatchAsync("GUILD_CREATE");
            (sessionId, resumeUrl, seq) = (ready["d"]!["session_id"]!.GetValue<string>(), ready["d"]!["resume_gateway_url"]!.GetValue<string>(), bot.LastSeq!.Value);
            Assert.Equal(1, emulator.Control.DropConnection(sessionId));
        }

        var (interaction, result) = await emulator.Control.ActAsync(Commands.Status(DefaultSeed.AdminUserId), TestContext.Current.CancellationToken);
        await using var resumed = await TestBot.ConnectAsync(resumeUrl);
        await resumed.ReceiveAsync();
        await resumed.SendAsync(new JsonObject { ["op"] = 6, ["d"] = new JsonObject { ["token"] = emulator.Options.BotToken, ["session_id"] = sessionId, ["seq"] = seq } });
        var replayed = await resumed.ReceiveAsync();
        var done = await resumed.ReceiveAsync();

        Assert.True(result.Delivered);
        Assert.Equal("INTERACTION_CREATE", replayed!["t"]!.GetValue<string>());
        Assert.Equal(seq + 1, replayed["s"]!.GetValue<int>());
        Assert.Equal(interaction.Id.ToString(), replayed["d"]!["id"]!.GetValue<string>());
        Assert.Equal("RESUMED", done!["t"]!.GetValue<string>());
        Assert.Equal(seq + 2, done["s"]!.GetValue<int>());
    }

    [Fact]
    public async Task Refuses_a_resume_of_a_session_closed_with_1000()
    {
        await using var emulator = await Emulator.StartAsync();
        var bot = await TestBot.ConnectAsync(emulator.GatewayUrl);
        await bot.ReceiveAsync();
        await bot.IdentifyAsync(emulator.Options.BotToken);
        var ready = await bot.WaitForDispatchAsync("READY");
        await bot.CloseAsync(1000);
        await WaitUntilAsync(() => emulator.Control.Sessions.Single().Invalidated);

        await using var resumed = await TestBot.ConnectAsync(emulator.Urls.ResumeGatewayUrl);
        await resumed.ReceiveAsync();
        await resumed.SendAsync(new JsonObject { ["op"] = 6, ["d"] = new JsonObject { ["token"] = emulator.Options.BotToken, ["session_id"] = ready["d"]!["session_id"]!.GetValue<string>(), ["seq"] = 1 } });
        var answer = await resumed.ReceiveAsync();

        Assert.Equal(9, answer!["op"]!.GetValue<int>());
        Assert.False(answer["d"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Closes_with_4007_for_a_resume_seq_beyond_the_session()
    {
        await using var emulator = await Emulator.StartAsync();
        await using var bot = await TestBot.ConnectAsync(emulator.GatewayUrl);
        await bot.ReceiveAsync();
        await bot.IdentifyAsync(emulator.Options.BotToken);
        var sessionId = (await bot.WaitForDispatchAsync("READY"))["d"]!["session_id"]!.GetValue<string>();
        emulator.Control.DropConnection(sessionId);

        await using var resumed = await TestBot.ConnectAsync(emulator.Urls.ResumeGatewayUrl);
        await resumed.ReceiveAsync();
        await resumed.SendAsync(new JsonObject { ["op"] = 6, ["d"] = new JsonObject { ["token"] = emulator.Options.BotToken, ["session_id"] = sessionId, ["seq"] = 999 } });

        Assert.Equal(4007, await resumed.WaitForCloseAsync());
    }

    [Theory]
    [InlineData("""{"op":3,"d":{"since":null,"activities":[],"status":"online","afk":false}}""", 4003)]
    [InlineData("""{"op":99,"d":null}""", 4001)]
    [InlineData("""{"op":2,"d":{"token":"wrong","intents":1,"properties":{"os":"linux","browser":"t","device":"t"}}}""", 4004)]
    [InlineData("""{"op":2,"d":{"token":"emulator-bot-token","intents":2,"properties":{"os":"linux","browser":"t","device":"t"}}}""", 4014)]
    [InlineData("""{"op":2,"d":{"token":"emulator-bot-token","intents":4194304,"properties":{"os":"linux","browser":"t","device":"t"}}}""", 4013)]
    [InlineData("""{"op":2,"d":{"token":"emulator-bot-token","intents":1,"shard":[2,2],"properties":{"os":"linux","browser":"t","device":"t"}}}""", 4010)]
    [InlineData("""{"op":2,"d":{"token":"emulator-bot-token","intents":1,"shard":["a","b"],"properties":{"os":"linux","browser":"t","device":"t"}}}""", 4001)]
    [InlineData("not json", 4002)]
    public async Task Closes_with_the_documented_code_for_a_bad_payload(string payload, int closeCode)
    {
        await using var emulator = await Emulator.StartAsync();
        await using var bot = await TestBot.ConnectAsync(emulator.GatewayUrl);
        await bot.ReceiveAsync();

        await bot.SendRawAsync(payload);

        Assert.Equal(closeCode, await bot.WaitForCloseAsync());
    }

    [Fact]
    public async Task Closes_with_4002_for_a_payload_over_4096_bytes()
    {
        await using var emulator = await Emulator.StartAsync();
        await using var bot = await TestBot.ConnectAsync(emulator.GatewayUrl);
        await bot.ReceiveAsync();

        await bot.SendRawAsync("{\"op\":1,\"d\":null,\"pad\":\"" + new string('x', 4100) + "\"}");

        Assert.Equal(4002, await bot.WaitForCloseAsync());
    }

    [Fact]
    public async Task Closes_with_4005_for_a_second_identify()
    {
        await using var emulator = await Emulator.StartAsync();
        await using var bot = await TestBot.ConnectAsync(emulator.GatewayUrl);
        await bot.ReceiveAsync();
        await bot.IdentifyAsync(emulator.Options.BotToken);
        await bot.WaitForDispatchAsync("READY");

        await bot.IdentifyAsync(emulator.Options.BotToken);

        Assert.Equal(4005, await bot.WaitForCloseAsync());
    }

    [Fact]
    public async Task Closes_with_4008_past_120_payloads_a_minute()
    {
        await using var emulator = await Emulator.StartAsync();
        await using var bot = await TestBot.ConnectAsync(emulator.GatewayUrl);
        await bot.ReceiveAsync();

        for (var i = 0; i < 121; i++)
        {
            await bot.SendAsync(new JsonObject { ["op"] = 1, ["d"] = null });
        }

        Assert.Equal(4008, await bot.WaitForCloseAsync());
    }

    [Fact]
    public async Task Times_out_a_session_without_heartbeats_with_4009()
    {
        await using var emulator = await Emulator.StartAsync(o => o.Gateway.HeartbeatIntervalMs = 200);
        await using var bot = await TestBot.ConnectAsync(emulator.GatewayUrl);
        await bot.ReceiveAsync();
        await bot.IdentifyAsync(emulator.Options.BotToken);

        Assert.Equal(4009, await bot.WaitForCloseAsync());
        Assert.True(emulator.Control.Sessions.Single().Invalidated);
    }

    [Fact]
    public async Task Answers_an_identify_beyond_max_concurrency_with_invalid_session()
    {
        await using var emulator = await Emulator.StartAsync();
        await using var first = await TestBot.ConnectAsync(emulator.GatewayUrl);
        await first.ReceiveAsync();
        await first.IdentifyAsync(emulator.Options.BotToken);
        await first.WaitForDispatchAsync("READY");
        await using var second = await TestBot.ConnectAsync(emulator.GatewayUrl);
        await second.ReceiveAsync();

        await second.IdentifyAsync(emulator.Options.BotToken);
        var answer = await second.ReceiveAsync();

        Assert.Equal(9, answer!["op"]!.GetValue<int>());
        Assert.False(answer["d"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Counts_down_the_session_start_limit_on_identify()
    {
        await using var emulator = await Emulator.StartAsync();
        using var http = Api.BotClient(emulator);
        await using var bot = await TestBot.ConnectAsync(emulator.GatewayUrl);
        await bot.ReceiveAsync();
        await bot.IdentifyAsync(emulator.Options.BotToken);
        await bot.WaitForDispatchAsync("READY");

        var gateway = await (await http.GetAsync("gateway/bot", TestContext.Current.CancellationToken)).ReadJsonAsync();

        Assert.Equal(emulator.GatewayUrl, gateway["url"]!.GetValue<string>());
        Assert.Equal(999, gateway["session_start_limit"]!["remaining"]!.GetValue<int>());
        Assert.Equal(1, gateway["session_start_limit"]!["max_concurrency"]!.GetValue<int>());
    }

    [Fact]
    public async Task Lets_a_bot_resume_away_from_a_stalled_connection_and_closes_the_zombie()
    {
        await using var emulator = await Emulator.StartAsync();
        await using var zombie = await TestBot.ConnectAsync(emulator.GatewayUrl);
        await zombie.ReceiveAsync();
        await zombie.IdentifyAsync(emulator.Options.BotToken);
        var sessionId = (await zombie.WaitForDispatchAsync("READY"))["d"]!["session_id"]!.GetValue<string>();
        await zombie.WaitForDispatchAsync("GUILD_CREATE");
        emulator.Control.StallConnection(sessionId);

        await using var fresh = await TestBot.ConnectAsync(emulator.Urls.ResumeGatewayUrl);
        await fresh.ReceiveAsync();
        await fresh.SendAsync(new JsonObject { ["op"] = 6, ["d"] = new JsonObject { ["token"] = emulator.Options.BotToken, ["session_id"] = sessionId, ["seq"] = zombie.LastSeq } });
        var resumed = await fresh.WaitForDispatchAsync("RESUMED");

        Assert.Equal(zombie.LastSeq + 1, resumed["s"]!.GetValue<int>());
        Assert.Equal(4000, await zombie.WaitForCloseAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Sends_invalid_session_on_demand(bool resumable)
    {
        await using var emulator = await Emulator.StartAsync();
        await using var bot = await TestBot.ConnectAsync(emulator.GatewayUrl);
        await bot.ReceiveAsync();
        await bot.IdentifyAsync(emulator.Options.BotToken);
        await bot.WaitForDispatchAsync("GUILD_CREATE");

        emulator.Control.SendInvalidSession(resumable);
        var answer = await bot.ReceiveAsync();

        Assert.Equal(9, answer!["op"]!.GetValue<int>());
        Assert.Equal(resumable, answer["d"]!.GetValue<bool>());
        Assert.Equal(!resumable, emulator.Control.Sessions.Single().Invalidated);
    }

    [Fact]
    public async Task Asks_for_a_heartbeat_on_demand()
    {
        await using var emulator = await Emulator.StartAsync();
        await using var bot = await TestBot.ConnectAsync(emulator.GatewayUrl);
        await bot.ReceiveAsync();
        await bot.IdentifyAsync(emulator.Options.BotToken);
        await bot.WaitForDispatchAsync("GUILD_CREATE");

        emulator.Control.RequestHeartbeat();

        Assert.Equal(1, (await bot.ReceiveAsync())!["op"]!.GetValue<int>());
    }

    [Fact]
    public async Task Sends_op_7_on_demand()
    {
        await using var emulator = await Emulator.StartAsync();
        await using var bot = await TestBot.ConnectAsync(emulator.GatewayUrl);
        await bot.ReceiveAsync();
        await bot.IdentifyAsync(emulator.Options.BotToken);
        await bot.WaitForDispatchAsync("GUILD_CREATE");

        emulator.Control.SendReconnect();

        Assert.Equal(7, (await bot.ReceiveAsync())!["op"]!.GetValue<int>());
    }

    [Fact]
    public async Task Routes_a_guild_interaction_only_to_the_shard_that_owns_the_guild()
    {
        await using var emulator = await Emulator.StartAsync(o => o.Gateway.MaxConcurrency = 2);
        await Commands.RegisterStatusAsync(emulator);
        var owner = (int)((DefaultSeed.GuildId >> 22) % 2);
        await using var owning = await ShardAsync(emulator, owner);
        await using var other = await ShardAsync(emulator, 1 - owner);

        var (interaction, _) = await emulator.Control.ActAsync(Commands.Status(DefaultSeed.AdminUserId), TestContext.Current.CancellationToken);

        Assert.Equal(interaction.Id.ToString(), (await owning.WaitForDispatchAsync("INTERACTION_CREATE"))["d"]!["id"]!.GetValue<string>());
        Assert.Equal(2, emulator.Control.Sessions.Count);
        Assert.Equal(1, emulator.Control.Sessions.Single(s => s.ShardId == 1 - owner).Sequence);
    }

    [Fact]
    public async Task Compresses_with_zlib_stream_and_sync_flushes_every_frame()
    {
        await using var emulator = await Emulator.StartAsync();
        await using var bot = await TestBot.ConnectAsync(emulator.GatewayUrl, zlib: true);

        var hello = await bot.ReceiveAsync();
        await bot.SendAsync(new JsonObject { ["op"] = 1, ["d"] = null });
        var ack = await bot.ReceiveAsync();

        Assert.Equal(10, hello!["op"]!.GetValue<int>());
        Assert.Equal(11, ack!["op"]!.GetValue<int>());
        Assert.True(bot.LastFrameEndedWithSyncFlush);
    }

    private static async Task<TestBot> ShardAsync(DiscordEmulatorHost emulator, int shardId)
    {
        var bot = await TestBot.ConnectAsync(emulator.GatewayUrl);
        await bot.ReceiveAsync();
        await bot.SendAsync(new JsonObject
        {
            ["op"] = 2,
            ["d"] = new JsonObject { ["token"] = emulator.Options.BotToken, ["intents"] = 0, ["shard"] = new JsonArray(shardId, 2), ["properties"] = new JsonObject { ["os"] = "l", ["browser"] = "t", ["device"] = "t" } },
        });
        await bot.WaitForDispatchAsync("READY");
        return bot;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}

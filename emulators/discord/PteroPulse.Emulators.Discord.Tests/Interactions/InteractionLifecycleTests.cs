using System.Net;
using System.Text.Json.Nodes;
using PteroPulse.Emulators.Discord.Hosting;
using PteroPulse.Emulators.Discord.Interactions;
using PteroPulse.Emulators.Discord.Seeding;
using PteroPulse.Emulators.Discord.State;
using PteroPulse.Emulators.Discord.Tests.Support;

namespace PteroPulse.Emulators.Discord.Tests.Interactions;

/// <summary>Interaction lifecycle rules (discord-api.md §5.3–5.5), with the interaction arriving over the gateway.</summary>
public sealed class InteractionLifecycleTests
{
    [Fact]
    public async Task Delivers_a_slash_command_over_the_gateway_and_accepts_one_reply()
    {
        await using var emulator = await Emulator.StartAsync();
        await using var bot = await ReadyBotAsync(emulator);
        using var http = new HttpClient();

        var (id, token) = await RunStatusAsync(emulator, bot);
        using var reply = await http.PostAsync(Callback(emulator, id, token), Api.Json("""{"type":4,"data":{"content":"Midgard is running"}}"""), TestContext.Current.CancellationToken);
        using var again = await http.PostAsync(Callback(emulator, id, token), Api.Json("""{"type":4,"data":{"content":"twice"}}"""), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, reply.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(40060, (await again.ReadJsonAsync())["code"]!.GetValue<int>());
        var message = emulator.Control.Messages(DefaultSeed.StatusChannelId).Single()!;
        Assert.Equal(20, message["type"]!.GetValue<int>());
        Assert.Equal(id, message["interaction_metadata"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Answers_10062_to_a_callback_after_three_seconds()
    {
        await using var emulator = await Emulator.StartAsync();
        await using var bot = await ReadyBotAsync(emulator);
        using var http = new HttpClient();
        var (id, token) = await RunStatusAsync(emulator, bot);

        emulator.Control.AdvanceClock(TimeSpan.FromSeconds(3.5));
        using var late = await http.PostAsync(Callback(emulator, id, token), Api.Json("""{"type":5}"""), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, late.StatusCode);
        Assert.Equal(10062, (await late.ReadJsonAsync())["code"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("""{"type":6}""", "type")]
    [InlineData("""{"type":7,"data":{"content":"x"}}""", "type")]
    [InlineData("""{"type":5,"data":{"flags":4}}""", "data.flags")]
    public async Task Refuses_a_response_type_that_does_not_fit_a_slash_command(string response, string path)
    {
        await using var emulator = await Emulator.StartAsync();
        await using var bot = await ReadyBotAsync(emulator);
        using var http = new HttpClient();
        var (id, token) = await RunStatusAsync(emulator, bot);

        using var answer = await http.PostAsync(Callback(emulator, id, token), Api.Json(response), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var body = await answer.ReadJsonAsync();
        Assert.Equal(50035, body["code"]!.GetValue<int>());
        Assert.NotNull(Api.ErrorCodeAt(body, path));
    }

    [Fact]
    public async Task Keeps_an_ephemeral_reply_off_the_channel_routes()
    {
        await using var emulator = await Emulator.StartAsync();
        await using var bot = await ReadyBotAsync(emulator);
        using var http = new HttpClient();
        using var botHttp = Api.BotClient(emulator);
        var (id, token) = await RunStatusAsync(emulator, bot);

        using var reply = await http.PostAsync(Callback(emulator, id, token) + "?with_response=true", Api.Json("""{"type":4,"data":{"content":"only you","flags":64}}"""), TestContext.Current.CancellationToken);
        var resource = await reply.ReadJsonAsync();
        var messageId = resource["resource"]!["message"]!["id"]!.GetValue<string>();
        using var viaChannel = await botHttp.GetAsync($"channels/{DefaultSeed.StatusChannelId}/messages/{messageId}", TestContext.Current.CancellationToken);
        using var viaWebhook = await http.GetAsync(Original(emulator, token), TestContext.Current.CancellationToken);

        Assert.True(resource["interaction"]!["response_message_ephemeral"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NotFound, viaChannel.StatusCode);
        Assert.Equal(10008, (await viaChannel.ReadJsonAsync())["code"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, viaWebhook.StatusCode);
        Assert.Empty(emulator.Control.Messages(DefaultSeed.StatusChannelId, asUser: DefaultSeed.MemberUserId));
        Assert.Single(emulator.Control.Messages(DefaultSeed.StatusChannelId, asUser: DefaultSeed.AdminUserId));
    }

    [Fact]
    public async Task Fills_the_deferred_message_with_the_first_followup()
    {
        await using var emulator = await Emulator.StartAsync();
        await using var bot = await ReadyBotAsync(emulator);
        using var http = new HttpClient();
        var (id, token) = await RunStatusAsync(emulator, bot);

        (await http.PostAsync(Callback(emulator, id, token), Api.Json("""{"type":5}"""), TestContext.Current.CancellationToken)).Dispose();
        using var followup = await http.PostAsync($"{emulator.ApiUrl}/webhooks/{emulator.Options.ApplicationId}/{token}", Api.Json("""{"content":"done"}"""), TestContext.Current.CancellationToken);
        using var second = await http.PostAsync($"{emulator.ApiUrl}/webhooks/{emulator.Options.ApplicationId}/{token}", Api.Json("""{"content":"another"}"""), TestContext.Current.CancellationToken);

        var messages = emulator.Control.Messages(DefaultSeed.StatusChannelId);
        Assert.Equal(["done", "another"], messages.Select(m => m!["content"]!.GetValue<string>()));
        Assert.Equal(0, messages[0]!["flags"]!.GetValue<int>() & MessageState.LoadingFlag);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task Answers_50027_on_the_token_routes_after_fifteen_minutes()
    {
        await using var emulator = await Emulator.StartAsync();
        await using var bot = await ReadyBotAsync(emulator);
        using var http = new HttpClient();
        var (id, token) = await RunStatusAsync(emulator, bot);
        (await http.PostAsync(Callback(emulator, id, token), Api.Json("""{"type":5}"""), TestContext.Current.CancellationToken)).Dispose();

        emulator.Control.AdvanceClock(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        using var edit = await http.PatchAsync(Original(emulator, token), Api.Json("""{"content":"too late"}"""), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, edit.StatusCode);
        Assert.Equal(50027, (await edit.ReadJsonAsync())["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Delivers_a_button_click_and_updates_the_message_with_type_7()
    {
        await using var emulator = await Emulator.StartAsync();
        await using var bot = await ReadyBotAsync(emulator);
        using var botHttp = Api.BotClient(emulator);
        using var http = new HttpClient();
        using var posted = await botHttp.PostAsync($"channels/{DefaultSeed.StatusChannelId}/messages", Api.Json("""{"content":"Midgard","components":[{"type":1,"components":[{"type":2,"style":1,"label":"Restart","custom_id":"power:5e8b2c41:restart"}]}]}"""), TestContext.Current.CancellationToken);
        var messageId = ulong.Parse((await posted.ReadJsonAsync())["id"]!.GetValue<string>());

        await emulator.Control.ActAsync(new UserAction { Kind = UserActionKind.Button, UserId = DefaultSeed.AdminUserId, MessageId = messageId, CustomId = "power:5e8b2c41:restart" }, TestContext.Current.CancellationToken);
        var click = (await bot.WaitForDispatchAsync("INTERACTION_CREATE"))["d"]!;
        using var update = await http.PostAsync(Callback(emulator, click["id"]!.GetValue<string>(), click["token"]!.GetValue<string>()), Api.Json("""{"type":7,"data":{"content":"Restarting...","components":[{"type":1,"components":[{"type":2,"style":1,"label":"Restart","custom_id":"power:5e8b2c41:restart","disabled":true}]}]}}"""), TestContext.Current.CancellationToken);

        Assert.Equal(3, click["type"]!.GetValue<int>());
        Assert.Equal("power:5e8b2c41:restart", click["data"]!["custom_id"]!.GetValue<string>());
        Assert.Equal(messageId.ToString(), click["message"]!["id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NoContent, update.StatusCode);
        var message = emulator.Control.Messages(DefaultSeed.StatusChannelId).Single()!;
        Assert.Equal("Restarting...", message["content"]!.GetValue<string>());
        Assert.True(message["components"]![0]!["components"]![0]!["disabled"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Lets_interaction_callbacks_pass_when_the_global_limit_is_spent()
    {
        await using var emulator = await Emulator.StartAsync(o => o.RateLimits.GlobalPerSecond = 1);
        await using var bot = await ReadyBotAsync(emulator);
        using var botHttp = Api.BotClient(emulator);
        using var http = new HttpClient();
        var (id, token) = await RunStatusAsync(emulator, bot);
        (await botHttp.GetAsync("users/@me", TestContext.Current.CancellationToken)).Dispose();
        using var blocked = await botHttp.GetAsync("users/@me", TestContext.Current.CancellationToken);

        using var callback = await http.PostAsync(Callback(emulator, id, token), Api.Json("""{"type":4,"data":{"content":"ok"}}"""), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, callback.StatusCode);
    }

    [Fact]
    public async Task Hides_a_command_from_a_member_without_its_default_permissions()
    {
        await using var emulator = await Emulator.StartAsync();
        using var http = Api.BotClient(emulator);
        (await http.PutAsync($"applications/{emulator.Options.ApplicationId}/guilds/{DefaultSeed.GuildId}/commands", Api.Json("""[{"name":"power","description":"Power","default_member_permissions":"32"}]"""), TestContext.Current.CancellationToken)).Dispose();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => emulator.Control.ActAsync(new UserAction { Kind = UserActionKind.SlashCommand, UserId = DefaultSeed.MemberUserId, ChannelId = DefaultSeed.StatusChannelId, CommandName = "power" }, TestContext.Current.CancellationToken));

        Assert.Contains("permissions", error.Message);
    }

    private static async Task<TestBot> ReadyBotAsync(DiscordEmulatorHost emulator)
    {
        await Commands.RegisterStatusAsync(emulator);
        var bot = await TestBot.ConnectAsync(emulator.GatewayUrl);
        await bot.ReceiveAsync();
        await bot.IdentifyAsync(emulator.Options.BotToken);
        await bot.WaitForDispatchAsync("GUILD_CREATE");
        return bot;
    }

    private static async Task<(string Id, string Token)> RunStatusAsync(DiscordEmulatorHost emulator, TestBot bot)
    {
        await emulator.Control.ActAsync(Commands.Status(DefaultSeed.AdminUserId), TestContext.Current.CancellationToken);
        var d = (await bot.WaitForDispatchAsync("INTERACTION_CREATE"))["d"]!;
        Assert.Equal(DefaultSeed.AdminUserId.ToString(), d["member"]!["user"]!["id"]!.GetValue<string>());
        return (d["id"]!.GetValue<string>(), d["token"]!.GetValue<string>());
    }

    private static string Callback(DiscordEmulatorHost emulator, string id, string token) => $"{emulator.ApiUrl}/interactions/{id}/{token}/callback";

    private static string Original(DiscordEmulatorHost emulator, string token) => $"{emulator.ApiUrl}/webhooks/{emulator.Options.ApplicationId}/{token}/messages/@original";
}

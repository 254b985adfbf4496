using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using PteroPulse.Emulators.Discord.Hosting;
using PteroPulse.Emulators.Discord.Interactions;
using PteroPulse.Emulators.Discord.Seeding;
using PteroPulse.Emulators.Discord.Tests.Support;

namespace PteroPulse.Emulators.Discord.Tests.Interactions;

/// <summary>The control API over HTTP and the remaining member actions (autocomplete, select).</summary>
public sealed class ControlApiTests
{
    [Fact]
    public async Task Refuses_the_control_api_without_the_admin_token()
    {
        await using var emulator = await Emulator.StartAsync();
        using var http = new HttpClient();

        using var response = await http.PostAsync($"{emulator.BaseUrl}/_emulator/clock/advance?seconds=60", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Answers_400_naming_the_problem_for_an_unknown_channel()
    {
        await using var emulator = await Emulator.StartAsync();
        using var admin = Admin(emulator);

        using var response = await admin.PostAsync($"{emulator.BaseUrl}/_emulator/channels/42/revoke?targetId=1&permissions=2048", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Unknown channel 42", (await response.ReadJsonAsync())["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Forces_a_shared_429_through_the_http_control_api()
    {
        await using var emulator = await Emulator.StartAsync();
        using var admin = Admin(emulator);
        using var bot = Api.BotClient(emulator);

        using var set = await admin.PostAsync($"{emulator.BaseUrl}/_emulator/failures", Api.Json("""{"routeTemplate":"GET /users/@me","kind":"SharedRateLimit","count":1,"retryAfterSeconds":12}"""), TestContext.Current.CancellationToken);
        using var limited = await bot.GetAsync("users/@me", TestContext.Current.CancellationToken);
        var log = await (await admin.GetAsync($"{emulator.BaseUrl}/_emulator/requests", TestContext.Current.CancellationToken)).ReadJsonAsync();

        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("shared", limited.Headers.GetValues("X-RateLimit-Scope").Single());
        Assert.Equal(429, log.AsArray().Single()!["status"]!.GetValue<int>());
    }

    [Fact]
    public async Task Runs_a_slash_command_through_the_http_control_api()
    {
        await using var emulator = await Emulator.StartAsync();
        await Commands.RegisterStatusAsync(emulator);
        await using var bot = await ReadyBotAsync(emulator);
        using var http = Admin(emulator);

        using var response = await http.PostAsync($"{emulator.BaseUrl}/_emulator/interactions", Api.Json(new JsonObject { ["kind"] = "command", ["userId"] = DefaultSeed.AdminUserId.ToString(), ["channelId"] = DefaultSeed.StatusChannelId.ToString(), ["command"] = "status", ["options"] = new JsonObject { ["server"] = "midgard" } }), TestContext.Current.CancellationToken);
        var sent = await response.ReadJsonAsync();
        var interaction = (await bot.WaitForDispatchAsync("INTERACTION_CREATE"))["d"]!;

        Assert.True(sent["delivered"]!.GetValue<bool>());
        Assert.Equal(sent["id"]!.GetValue<string>(), interaction["id"]!.GetValue<string>());
        Assert.Equal("midgard", interaction["data"]!["options"]![0]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Sends_autocomplete_with_the_focused_option_and_keeps_the_choices()
    {
        await using var emulator = await Emulator.StartAsync();
        await Commands.RegisterStatusAsync(emulator);
        await using var bot = await ReadyBotAsync(emulator);
        using var http = new HttpClient();

        var (sent, _) = await emulator.Control.ActAsync(new UserAction { Kind = UserActionKind.Autocomplete, UserId = DefaultSeed.MemberUserId, ChannelId = DefaultSeed.StatusChannelId, CommandName = "status", FocusedOption = "server", Options = new() { ["server"] = "mid" } }, TestContext.Current.CancellationToken);
        var d = (await bot.WaitForDispatchAsync("INTERACTION_CREATE"))["d"]!;
        using var answer = await http.PostAsync($"{emulator.ApiUrl}/interactions/{d["id"]}/{d["token"]}/callback", Api.Json("""{"type":8,"data":{"choices":[{"name":"Midgard (Valheim)","value":"5e8b2c41"}]}}"""), TestContext.Current.CancellationToken);

        Assert.Equal(4, d["type"]!.GetValue<int>());
        Assert.True(d["data"]!["options"]![0]!["focused"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
        Assert.Equal("5e8b2c41", emulator.Control.Interaction(sent.Id)!.AutocompleteChoices![0]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Sends_a_select_choice_with_its_values()
    {
        await using var emulator = await Emulator.StartAsync();
        await using var bot = await ReadyBotAsync(emulator);
        using var botHttp = Api.BotClient(emulator);
        var posted = await (await botHttp.PostAsync($"channels/{DefaultSeed.StatusChannelId}/messages", Api.Json("""{"components":[{"type":1,"components":[{"type":3,"custom_id":"select-server","options":[{"label":"Midgard","value":"5e8b2c41"},{"label":"ATM9","value":"9f04d7aa"}]}]}]}"""), TestContext.Current.CancellationToken)).ReadJsonAsync();

        await emulator.Control.ActAsync(new UserAction { Kind = UserActionKind.Select, UserId = DefaultSeed.MemberUserId, MessageId = ulong.Parse(posted["id"]!.GetValue<string>()), CustomId = "select-server", Values = ["9f04d7aa"] }, TestContext.Current.CancellationToken);
        var d = (await bot.WaitForDispatchAsync("INTERACTION_CREATE"))["d"]!;

        Assert.Equal(3, d["data"]!["component_type"]!.GetValue<int>());
        Assert.Equal("9f04d7aa", d["data"]!["values"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Dispatches_message_create_to_a_session_with_guild_messages()
    {
        await using var emulator = await Emulator.StartAsync();
        await using var bot = await ReadyBotAsync(emulator, intents: 1 | (1 << 9));
        using var botHttp = Api.BotClient(emulator);

        (await botHttp.PostAsync($"channels/{DefaultSeed.StatusChannelId}/messages", Api.Json("""{"content":"hello"}"""), TestContext.Current.CancellationToken)).Dispose();

        Assert.Equal("hello", (await bot.WaitForDispatchAsync("MESSAGE_CREATE"))["d"]!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task Dispatches_channel_update_when_a_permission_is_revoked()
    {
        await using var emulator = await Emulator.StartAsync();
        await using var bot = await ReadyBotAsync(emulator);

        emulator.Control.RevokeChannelPermission(DefaultSeed.StatusChannelId, DefaultSeed.BotRoleId, 2048);
        var update = (await bot.WaitForDispatchAsync("CHANNEL_UPDATE"))["d"]!;

        Assert.Equal(DefaultSeed.StatusChannelId.ToString(), update["id"]!.GetValue<string>());
        var overwrite = update["permission_overwrites"]!.AsArray().Single(o => o!["id"]!.GetValue<string>() == DefaultSeed.BotRoleId.ToString())!;
        Assert.Equal("2048", overwrite["deny"]!.GetValue<string>());
    }

    [Fact]
    public async Task Gives_a_member_a_role_over_http_so_a_guarded_command_becomes_available()
    {
        await using var emulator = await Emulator.StartAsync();
        using var bot = Api.BotClient(emulator);
        using var admin = Admin(emulator);
        (await bot.PutAsync($"applications/{emulator.Options.ApplicationId}/guilds/{DefaultSeed.GuildId}/commands", Api.Json("""[{"name":"power","description":"Power","default_member_permissions":"32"}]"""), TestContext.Current.CancellationToken)).Dispose();
        var power = new UserAction { Kind = UserActionKind.SlashCommand, UserId = DefaultSeed.MemberUserId, ChannelId = DefaultSeed.StatusChannelId, CommandName = "power" };
        await Assert.ThrowsAsync<ArgumentException>(() => emulator.Control.ActAsync(power, TestContext.Current.CancellationToken));

        using var set = await admin.PutAsync($"{emulator.BaseUrl}/_emulator/guilds/{DefaultSeed.GuildId}/members/{DefaultSeed.MemberUserId}/roles", Api.Json($"[\"{DefaultSeed.AdminRoleId}\"]"), TestContext.Current.CancellationToken);
        var (interaction, _) = await emulator.Control.ActAsync(power, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        Assert.Equal(DefaultSeed.AdminRoleId.ToString(), interaction.Payload["member"]!["roles"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Refuses_a_request_over_25_mib_with_40005()
    {
        await using var emulator = await Emulator.StartAsync(o => o.MaxRequestBytes = 1024);
        using var botHttp = Api.BotClient(emulator);

        using var response = await botHttp.PostAsync($"channels/{DefaultSeed.StatusChannelId}/messages", Api.Multipart("""{"content":"big"}""", ("big.png", new byte[4096])), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(40005, (await response.ReadJsonAsync())["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Answers_identify_with_invalid_session_once_the_daily_budget_is_gone()
    {
        await using var emulator = await Emulator.StartAsync();
        emulator.Control.ExhaustIdentifyBudget();
        await using var bot = await TestBot.ConnectAsync(emulator.GatewayUrl);
        await bot.ReceiveAsync();

        await bot.IdentifyAsync(emulator.Options.BotToken);
        var answer = await bot.ReceiveAsync();

        Assert.Equal(9, answer!["op"]!.GetValue<int>());
    }

    private static HttpClient Admin(DiscordEmulatorHost emulator)
    {
        var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Admin", emulator.Options.AdminToken);
        return http;
    }

    private static async Task<TestBot> ReadyBotAsync(DiscordEmulatorHost emulator, long intents = 1)
    {
        var bot = await TestBot.ConnectAsync(emulator.GatewayUrl);
        await bot.ReceiveAsync();
        await bot.IdentifyAsync(emulator.Options.BotToken, intents);
        await bot.WaitForDispatchAsync("READY");
        return bot;
    }
}

using System.Net;
using System.Text.Json.Nodes;
using PteroPulse.Emulators.Discord.Hosting;
using PteroPulse.Emulators.Discord.Seeding;
using PteroPulse.Emulators.Discord.Tests.Support;

namespace PteroPulse.Emulators.Discord.Tests.Rest;

/// <summary>Message ownership, file limits, the Cloudflare ban and duplicate gateway sessions.</summary>
public sealed class AbuseAndOwnershipTests
{
    [Fact]
    public async Task Refuses_to_edit_a_message_written_by_a_member_with_50005()
    {
        await using var emulator = await Emulator.StartAsync();
        using var http = Api.BotClient(emulator);
        var id = emulator.Control.PostMessageAsUser(DefaultSeed.StatusChannelId, DefaultSeed.MemberUserId, "hello bot");

        using var response = await http.PatchAsync($"channels/{DefaultSeed.StatusChannelId}/messages/{id}", Api.Json("""{"content":"mine now"}"""), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(50005, (await response.ReadJsonAsync())["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Refuses_a_file_over_the_per_file_limit_with_50045()
    {
        await using var emulator = await Emulator.StartAsync(o => o.MaxFileBytes = 100);
        using var http = Api.BotClient(emulator);

        using var response = await http.PostAsync($"channels/{DefaultSeed.StatusChannelId}/messages", Api.Multipart("""{"content":"big"}""", ("big.png", new byte[101])), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(50045, (await response.ReadJsonAsync())["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Bans_the_client_like_cloudflare_past_the_invalid_request_threshold()
    {
        await using var emulator = await Emulator.StartAsync(o => o.RateLimits.InvalidRequestBanThreshold = 3);
        using var anonymous = new HttpClient { BaseAddress = new Uri(emulator.ApiUrl + "/") };
        using var http = Api.BotClient(emulator);
        for (var i = 0; i < 3; i++)
        {
            (await anonymous.GetAsync("users/@me", TestContext.Current.CancellationToken)).Dispose();
        }

        using var banned = await http.GetAsync("users/@me", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, banned.StatusCode);
        Assert.Equal("error code: 1015", await banned.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Sends_an_interaction_to_duplicate_sessions_so_the_second_ack_gets_40060()
    {
        await using var emulator = await Emulator.StartAsync();
        await Commands.RegisterStatusAsync(emulator);
        await using var first = await IdentifiedAsync(emulator);
        emulator.Control.AdvanceClock(TimeSpan.FromSeconds(5));
        await using var second = await IdentifiedAsync(emulator);
        using var http = new HttpClient();

        await emulator.Control.ActAsync(Commands.Status(DefaultSeed.AdminUserId), TestContext.Current.CancellationToken);
        var a = (await first.WaitForDispatchAsync("INTERACTION_CREATE"))["d"]!;
        var b = (await second.WaitForDispatchAsync("INTERACTION_CREATE"))["d"]!;
        using var ackA = await http.PostAsync(Callback(emulator, a), Api.Json("""{"type":5}"""), TestContext.Current.CancellationToken);
        using var ackB = await http.PostAsync(Callback(emulator, b), Api.Json("""{"type":5}"""), TestContext.Current.CancellationToken);

        Assert.Equal(a["id"]!.GetValue<string>(), b["id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NoContent, ackA.StatusCode);
        Assert.Equal(40060, (await ackB.ReadJsonAsync())["code"]!.GetValue<int>());
    }

    private static string Callback(DiscordEmulatorHost emulator, JsonNode d) =>
        $"{emulator.ApiUrl}/interactions/{d["id"]}/{d["token"]}/callback";

    private static async Task<TestBot> IdentifiedAsync(DiscordEmulatorHost emulator)
    {
        var bot = await TestBot.ConnectAsync(emulator.GatewayUrl);
        await bot.ReceiveAsync();
        await bot.IdentifyAsync(emulator.Options.BotToken);
        await bot.WaitForDispatchAsync("READY");
        return bot;
    }
}

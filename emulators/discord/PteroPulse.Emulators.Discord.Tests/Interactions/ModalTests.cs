using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using PteroPulse.Emulators.Discord.Hosting;
using PteroPulse.Emulators.Discord.Interactions;
using PteroPulse.Emulators.Discord.Seeding;
using PteroPulse.Emulators.Discord.Tests.Support;

namespace PteroPulse.Emulators.Discord.Tests.Interactions;

/// <summary>Modals: a type 9 answer, the member's MODAL_SUBMIT, and the rules around them (discord-api.md §5.1).</summary>
public sealed class ModalTests
{
    private const string Modal = """{"type":9,"data":{"custom_id":"rename:5e8b2c41","title":"Rename server","components":[{"type":1,"components":[{"type":4,"custom_id":"name","style":1,"label":"New name","required":true}]}]}}""";

    [Fact]
    public async Task Sends_a_modal_submit_with_the_typed_values_and_refuses_a_modal_in_reply_to_it()
    {
        await using var emulator = await Emulator.StartAsync();
        await using var bot = await ReadyAsync(emulator);
        using var http = new HttpClient();
        var command = await RunStatusAsync(emulator, bot);
        using var opened = await http.PostAsync(Callback(emulator, command), Api.Json(Modal), TestContext.Current.CancellationToken);

        await emulator.Control.ActAsync(new UserAction { Kind = UserActionKind.ModalSubmit, UserId = DefaultSeed.AdminUserId, ModalOf = ulong.Parse(command["id"]!.GetValue<string>()), Fields = new() { ["name"] = "Asgard" } }, TestContext.Current.CancellationToken);
        var submit = (await bot.WaitForDispatchAsync("INTERACTION_CREATE"))["d"]!;
        using var modalAgain = await http.PostAsync(Callback(emulator, submit), Api.Json(Modal), TestContext.Current.CancellationToken);
        using var reply = await http.PostAsync(Callback(emulator, submit), Api.Json("""{"type":4,"data":{"content":"Renamed"}}"""), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, opened.StatusCode);
        Assert.Equal(5, submit["type"]!.GetValue<int>());
        Assert.Equal("rename:5e8b2c41", submit["data"]!["custom_id"]!.GetValue<string>());
        Assert.Equal("Asgard", submit["data"]!["components"]![0]!["components"]![0]!["value"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, modalAgain.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, reply.StatusCode);
    }

    [Fact]
    public async Task Opens_the_modal_in_the_viewer_and_submits_what_the_member_typed()
    {
        await using var emulator = await Emulator.StartAsync();
        await using var bot = await ReadyAsync(emulator);
        using var http = new HttpClient();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"{emulator.Urls.ViewerUrl}?channel={DefaultSeed.StatusChannelId}&member={DefaultSeed.AdminUserId}");
        await page.WaitForSelectorAsync("body[data-ready='true']");

        await page.Locator("[data-testid='command-select']").SelectOptionAsync("status");
        await page.Locator("input[data-option-name='server']").FillAsync("midgard");
        await page.Locator("[data-testid='command-send']").ClickAsync();
        var command = await NextOfTypeAsync(bot, 2);
        (await http.PostAsync(Callback(emulator, command), Api.Json(Modal), TestContext.Current.CancellationToken)).Dispose();
        await page.Locator("[data-modal-field='name']").FillAsync("Asgard");
        await page.Locator("[data-testid='modal-submit']").ClickAsync();
        var submit = await NextOfTypeAsync(bot, 5);

        Assert.Equal("Asgard", submit["data"]!["components"]![0]!["components"]![0]!["value"]!.GetValue<string>());
        Assert.Equal(DefaultSeed.AdminUserId.ToString(), submit["member"]!["user"]!["id"]!.GetValue<string>());
    }

    private static async Task<JsonNode> NextOfTypeAsync(TestBot bot, int type)
    {
        while (true)
        {
            var d = (await bot.WaitForDispatchAsync("INTERACTION_CREATE"))["d"]!;
            if (d["type"]!.GetValue<int>() == type)
            {
                return d;
            }
        }
    }

    private static async Task<TestBot> ReadyAsync(DiscordEmulatorHost emulator)
    {
        await Commands.RegisterStatusAsync(emulator);
        var bot = await TestBot.ConnectAsync(emulator.GatewayUrl);
        await bot.ReceiveAsync();
        await bot.IdentifyAsync(emulator.Options.BotToken);
        await bot.WaitForDispatchAsync("GUILD_CREATE");
        return bot;
    }

    private static async Task<JsonNode> RunStatusAsync(DiscordEmulatorHost emulator, TestBot bot)
    {
        await emulator.Control.ActAsync(Commands.Status(DefaultSeed.AdminUserId), TestContext.Current.CancellationToken);
        return (await bot.WaitForDispatchAsync("INTERACTION_CREATE"))["d"]!;
    }

    private static string Callback(DiscordEmulatorHost emulator, JsonNode d) => $"{emulator.ApiUrl}/interactions/{d["id"]}/{d["token"]}/callback";
}

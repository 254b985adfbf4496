using System.Net;
using Microsoft.Playwright;
using PteroPulse.Emulators.Discord.Hosting;
using PteroPulse.Emulators.Discord.Seeding;
using PteroPulse.Emulators.Discord.Tests.Support;

namespace PteroPulse.Emulators.Discord.Tests.Viewer;

/// <summary>
/// The web viewer in Debian's headless Chromium (never a downloaded browser): a bot's embed and image render, a
/// member clicks a button, and the click reaches a bot on the gateway; the bot's update shows up live.
/// </summary>
public sealed class ViewerBrowserTests
{
    [Fact]
    public async Task Shows_the_embed_and_image_and_sends_a_button_click_to_the_bot_on_the_gateway()
    {
        await using var emulator = await Emulator.StartAsync();
        await using var bot = await TestBot.ConnectAsync(emulator.GatewayUrl);
        await bot.ReceiveAsync();
        await bot.IdentifyAsync(emulator.Options.BotToken);
        await bot.WaitForDispatchAsync("GUILD_CREATE");
        var messageId = await PostStatusMessageAsync(emulator);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"{emulator.Urls.ViewerUrl}?channel={DefaultSeed.StatusChannelId}&member={DefaultSeed.AdminUserId}");
        var message = page.Locator($"[data-message-id='{messageId}']");

        await Assertions.Expect(message.Locator("[data-embed-title='0']")).ToHaveTextAsync("Midgard (Valheim)");
        await Assertions.Expect(message.Locator("[data-embed-field='0']")).ToContainTextAsync("CPU");
        var image = message.Locator("img[data-embed-image='0']");
        await Assertions.Expect(image).ToBeVisibleAsync();
        var imageWidth = await image.EvaluateAsync<int>("img => img.complete ? img.naturalWidth : 0");
        var borderColour = await message.Locator("[data-embed='0']").EvaluateAsync<string>("e => getComputedStyle(e).borderLeftColor");
        await Assertions.Expect(message.Locator("button[data-custom-id='power:5e8b2c41:stop']")).ToBeDisabledAsync();
        await page.WaitForSelectorAsync("body[data-live='true']");
        await message.Locator("button[data-custom-id='power:5e8b2c41:restart']").ClickAsync();
        var click = (await bot.WaitForDispatchAsync("INTERACTION_CREATE"))["d"]!;
        await RespondWithUpdateAsync(emulator, click["id"]!.GetValue<string>(), click["token"]!.GetValue<string>());

        Assert.Equal(1, imageWidth);
        Assert.Equal("rgb(87, 242, 135)", borderColour);
        Assert.Equal("power:5e8b2c41:restart", click["data"]!["custom_id"]!.GetValue<string>());
        Assert.Equal(DefaultSeed.AdminUserId.ToString(), click["member"]!["user"]!["id"]!.GetValue<string>());
        await Assertions.Expect(message.Locator("[data-content]")).ToHaveTextAsync("Restarting…");
    }

    [Fact]
    public async Task Sends_a_slash_command_with_options_and_a_select_choice_as_the_chosen_member()
    {
        await using var emulator = await Emulator.StartAsync();
        await Commands.RegisterStatusAsync(emulator);
        await using var bot = await TestBot.ConnectAsync(emulator.GatewayUrl);
        await bot.ReceiveAsync();
        await bot.IdentifyAsync(emulator.Options.BotToken);
        await bot.WaitForDispatchAsync("GUILD_CREATE");
        using var http = Api.BotClient(emulator);
        var posted = await (await http.PostAsync($"channels/{DefaultSeed.StatusChannelId}/messages", Api.Json("""{"content":"Pick one","components":[{"type":1,"components":[{"type":3,"custom_id":"select-server","placeholder":"Choose a server","options":[{"label":"Midgard","value":"5e8b2c41"},{"label":"ATM9","value":"9f04d7aa"}]}]}]}"""), TestContext.Current.CancellationToken)).ReadJsonAsync();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"{emulator.Urls.ViewerUrl}?channel={DefaultSeed.StatusChannelId}");
        await page.WaitForSelectorAsync("body[data-ready='true']");
        await page.Locator("[data-testid='member-select']").SelectOptionAsync(DefaultSeed.MemberUserId.ToString());
        await page.Locator("[data-testid='command-select']").SelectOptionAsync("status");
        await page.Locator("input[data-option-name='server']").FillAsync("atm9");
        await page.Locator("[data-testid='command-send']").ClickAsync();
        var command = await WaitForInteractionAsync(bot, type: 2);
        await page.Locator($"[data-message-id='{posted["id"]}'] select[data-custom-id='select-server']").SelectOptionAsync("9f04d7aa");
        var choice = await WaitForInteractionAsync(bot, type: 3);

        Assert.Equal("status", command["data"]!["name"]!.GetValue<string>());
        Assert.Equal("atm9", command["data"]!["options"]![0]!["value"]!.GetValue<string>());
        Assert.Equal(DefaultSeed.MemberUserId.ToString(), command["member"]!["user"]!["id"]!.GetValue<string>());
        Assert.Equal("9f04d7aa", choice["data"]!["values"]![0]!.GetValue<string>());
    }

    /// <summary>Typing into an autocomplete option sends type 4 interactions first; skip those.</summary>
    private static async Task<System.Text.Json.Nodes.JsonNode> WaitForInteractionAsync(TestBot bot, int type)
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

    private static async Task<string> PostStatusMessageAsync(DiscordEmulatorHost emulator)
    {
        using var http = Api.BotClient(emulator);
        var payload = """
            {"content":"Midgard status","embeds":[{"title":"Midgard (Valheim)","description":"Running for **2 h**","color":5763719,
              "fields":[{"name":"CPU","value":"12 %","inline":true},{"name":"Memory","value":"2.1 GiB","inline":true}],
              "image":{"url":"attachment://usage.png"},"footer":{"text":"PteroPulse"},"timestamp":"2026-01-01T00:00:00.000Z"}],
             "attachments":[{"id":0,"filename":"usage.png"}],
             "components":[{"type":1,"components":[
               {"type":2,"style":3,"label":"Start","custom_id":"power:5e8b2c41:start"},
               {"type":2,"style":4,"label":"Stop","custom_id":"power:5e8b2c41:stop","disabled":true},
               {"type":2,"style":1,"label":"Restart","custom_id":"power:5e8b2c41:restart"}]}]}
            """;
        using var response = await http.PostAsync($"channels/{DefaultSeed.StatusChannelId}/messages", Api.Multipart(payload, ("usage.png", Api.TinyPng())), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ReadJsonAsync())["id"]!.GetValue<string>();
    }

    private static async Task RespondWithUpdateAsync(DiscordEmulatorHost emulator, string id, string token)
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync($"{emulator.ApiUrl}/interactions/{id}/{token}/callback", Api.Json("""{"type":7,"data":{"content":"Restarting…"}}"""), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }
}

using System.Net;
using System.Text.Json.Nodes;
using PteroPulse.Emulators.Discord.Hosting;
using PteroPulse.Emulators.Discord.Interactions;
using PteroPulse.Emulators.Discord.Seeding;

namespace PteroPulse.Emulators.Discord.Tests.Support;

/// <summary>Registers PteroPulse-like guild commands and builds member actions for them.</summary>
public static class Commands
{
    public static async Task RegisterStatusAsync(DiscordEmulatorHost emulator)
    {
        using var http = Api.BotClient(emulator);
        using var response = await http.PutAsync(
            $"applications/{emulator.Options.ApplicationId}/guilds/{DefaultSeed.GuildId}/commands",
            Api.Json("""[{"name":"status","type":1,"description":"Show live status","options":[{"type":3,"name":"server","description":"Server","required":true,"autocomplete":true}]}]"""),
            TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static UserAction Status(ulong userId, string server = "5e8b2c41") => new()
    {
        Kind = UserActionKind.SlashCommand,
        UserId = userId,
        ChannelId = DefaultSeed.StatusChannelId,
        CommandName = "status",
        Options = new Dictionary<string, JsonNode?> { ["server"] = server },
    };
}

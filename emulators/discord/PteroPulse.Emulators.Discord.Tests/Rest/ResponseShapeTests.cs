using System.Text.Json.Nodes;
using PteroPulse.Emulators.Discord.Seeding;
using PteroPulse.Emulators.Discord.Tests.Support;
using PteroPulse.Emulators.Discord.Validation;

namespace PteroPulse.Emulators.Discord.Tests.Rest;

/// <summary>The emulator's answers must match the spec's response schemas, so a client tested here parses real Discord too.</summary>
public sealed class ResponseShapeTests
{
    [Fact]
    public async Task Answers_with_bodies_that_match_the_spec_response_schemas()
    {
        await using var emulator = await Emulator.StartAsync();
        using var http = Api.BotClient(emulator);
        var message = await (await http.PostAsync($"channels/{DefaultSeed.StatusChannelId}/messages", Api.Multipart(
            """{"content":"hi","embeds":[{"title":"t","image":{"url":"attachment://a.png"}}],"components":[{"type":1,"components":[{"type":2,"style":1,"label":"x","custom_id":"x"}]}],"attachments":[{"id":0,"filename":"a.png"}]}""",
            ("a.png", Api.TinyPng()), ("b.png", Api.TinyPng())), TestContext.Current.CancellationToken)).ReadJsonAsync();
        var commands = await (await http.PutAsync($"applications/{emulator.Options.ApplicationId}/commands", Api.Json("""[{"name":"status","description":"Status","options":[{"type":3,"name":"server","description":"s"}]}]"""), TestContext.Current.CancellationToken)).ReadJsonAsync();
        var checks = new (string Schema, JsonNode Body)[]
        {
            ("MessageResponse", message),
            ("ApplicationCommandResponse", commands[0]!),
            ("GatewayBotResponse", await (await http.GetAsync("gateway/bot", TestContext.Current.CancellationToken)).ReadJsonAsync()),
            ("UserPIIResponse", await (await http.GetAsync("users/@me", TestContext.Current.CancellationToken)).ReadJsonAsync()),
            ("ErrorResponse", await (await http.GetAsync("channels/1", TestContext.Current.CancellationToken)).ReadJsonAsync()),
            ("GuildChannelResponse", await (await http.GetAsync($"channels/{DefaultSeed.StatusChannelId}", TestContext.Current.CancellationToken)).ReadJsonAsync()),
        };

        var failures = checks
            .Select(c => (c.Schema, Errors: SpecValidator.Default.ValidateComponent(c.Schema, c.Body)))
            .Where(c => c.Errors is not null)
            .Select(c => $"{c.Schema}: {c.Errors!.ToJsonString()}")
            .ToList();

        Assert.Empty(failures);
        Assert.Single(message["attachments"]!.AsArray());
    }
}

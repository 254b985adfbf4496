using System.Text;
using System.Text.Json.Nodes;
using PteroPulse.Emulators.Discord.Hosting;
using PteroPulse.Emulators.Discord.Interactions;
using PteroPulse.Emulators.Discord.Seeding;
using PteroPulse.Emulators.Discord.Tests.Support;

namespace PteroPulse.Emulators.Discord.Tests.Interactions;

/// <summary>HTTP interactions signed with Ed25519 (discord-api.md §4), checked against a bot endpoint written from the docs.</summary>
public sealed class HttpInteractionTests
{
    [Fact]
    public async Task Signs_like_the_documented_test_vector()
    {
        await using var emulator = await Emulator.StartAsync();
        var signer = (InteractionSigner)emulator.Services.GetService(typeof(InteractionSigner))!;
        var body = Encoding.UTF8.GetBytes("""{"type":1,"id":"1330000000000000001","application_id":"1310000000000000000","token":"aW50ZXJhY3Rpb246cGluZw","version":1}""");

        var signature = signer.Sign("1767225600", body);

        Assert.Equal("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", signer.PublicKeyHex);
        Assert.Equal("832694f0efcc06c7e32b31b461e2d39202a8f7eb9bd8c658f2681ba1bc601b5f1d98cf0493019ca21bf9966d0a7e82f65b50170343d792daf9270dad8a091101", signature);
    }

    [Fact]
    public async Task Saves_an_endpoint_that_answers_ping_and_rejects_a_bad_signature()
    {
        await using var emulator = await Emulator.StartAsync();
        await using var endpoint = await InteractionEndpointServer.StartAsync(PublicKey(emulator), verifySignatures: true, _ => new JsonObject { ["type"] = 4 });

        var verification = await emulator.Control.SetInteractionsEndpointAsync(endpoint.Url, TestContext.Current.CancellationToken);

        Assert.True(verification.PingAnswered);
        Assert.True(verification.BadSignatureRejected);
        Assert.True(verification.Passed);
    }

    [Fact]
    public async Task Fails_an_endpoint_that_accepts_a_bad_signature_and_stops_delivering_to_it()
    {
        await using var emulator = await Emulator.StartAsync();
        await Commands.RegisterStatusAsync(emulator);
        await using var endpoint = await InteractionEndpointServer.StartAsync(PublicKey(emulator), verifySignatures: false, _ => new JsonObject { ["type"] = 4, ["data"] = new JsonObject { ["content"] = "ok" } });

        var verification = await emulator.Control.SetInteractionsEndpointAsync(endpoint.Url, TestContext.Current.CancellationToken);
        var (_, result) = await emulator.Control.ActAsync(Commands.Status(DefaultSeed.AdminUserId), TestContext.Current.CancellationToken);

        Assert.False(verification.BadSignatureRejected);
        Assert.False(verification.Passed);
        Assert.False(result.Delivered);
        Assert.Empty(endpoint.Received);
    }

    [Fact]
    public async Task Posts_a_slash_command_to_the_endpoint_and_applies_its_inline_reply()
    {
        await using var emulator = await Emulator.StartAsync();
        await Commands.RegisterStatusAsync(emulator);
        await using var endpoint = await InteractionEndpointServer.StartAsync(PublicKey(emulator), verifySignatures: true, i => new JsonObject
        {
            ["type"] = 4,
            ["data"] = new JsonObject { ["content"] = "Status of " + i["data"]!["options"]![0]!["value"]!.GetValue<string>() },
        });
        await emulator.Control.SetInteractionsEndpointAsync(endpoint.Url, TestContext.Current.CancellationToken);
        await using var bot = await TestBot.ConnectAsync(emulator.GatewayUrl);
        await bot.ReceiveAsync();
        await bot.IdentifyAsync(emulator.Options.BotToken);
        await bot.WaitForDispatchAsync("GUILD_CREATE");

        var (interaction, result) = await emulator.Control.ActAsync(Commands.Status(DefaultSeed.AdminUserId, "midgard"), TestContext.Current.CancellationToken);

        Assert.True(result.Delivered);
        Assert.Equal("status", Assert.Single(endpoint.Received)["data"]!["name"]!.GetValue<string>());
        Assert.Equal(4, emulator.Control.Interaction(interaction.Id)!.ResponseType);
        var reply = emulator.Control.Messages(DefaultSeed.StatusChannelId).Single()!;
        Assert.Equal("Status of midgard", reply["content"]!.GetValue<string>());
        Assert.Equal(2, emulator.Control.Sessions.Single().Sequence);
    }

    [Fact]
    public async Task Probes_with_a_bad_signature_between_deliveries_and_keeps_a_correct_endpoint()
    {
        await using var emulator = await Emulator.StartAsync(o => o.Interactions.BadSignatureProbeEvery = 2);
        await Commands.RegisterStatusAsync(emulator);
        await using var endpoint = await InteractionEndpointServer.StartAsync(PublicKey(emulator), verifySignatures: true, _ => new JsonObject { ["type"] = 5 });
        emulator.Options.InteractionsEndpointUrl = endpoint.Url;

        var results = new List<bool>();
        for (var i = 0; i < 3; i++)
        {
            results.Add((await emulator.Control.ActAsync(Commands.Status(DefaultSeed.AdminUserId), TestContext.Current.CancellationToken)).Result.Delivered);
        }

        Assert.Equal([true, true, true], results);
        Assert.Equal(3, endpoint.Received.Count);
        Assert.Equal(1, endpoint.RejectedSignatures);
    }

    [Fact]
    public async Task Disables_an_endpoint_that_lets_a_periodic_bad_signature_through()
    {
        await using var emulator = await Emulator.StartAsync(o => o.Interactions.BadSignatureProbeEvery = 2);
        await Commands.RegisterStatusAsync(emulator);
        await using var endpoint = await InteractionEndpointServer.StartAsync(PublicKey(emulator), verifySignatures: false, _ => new JsonObject { ["type"] = 5 });
        emulator.Options.InteractionsEndpointUrl = endpoint.Url;

        var first = (await emulator.Control.ActAsync(Commands.Status(DefaultSeed.AdminUserId), TestContext.Current.CancellationToken)).Result;
        var second = (await emulator.Control.ActAsync(Commands.Status(DefaultSeed.AdminUserId), TestContext.Current.CancellationToken)).Result;

        Assert.True(first.Delivered);
        Assert.False(second.Delivered);
        Assert.Contains("bad signature", second.Problem);
    }

    [Fact]
    public async Task Applies_an_inline_multipart_reply_with_its_image()
    {
        await using var emulator = await Emulator.StartAsync();
        await Commands.RegisterStatusAsync(emulator);
        await using var endpoint = await InteractionEndpointServer.StartAsync(PublicKey(emulator), verifySignatures: true, _ => new JsonObject
        {
            ["type"] = 4,
            ["data"] = new JsonObject
            {
                ["embeds"] = new JsonArray(new JsonObject { ["title"] = "Midgard", ["image"] = new JsonObject { ["url"] = "attachment://graph.png" } }),
                ["attachments"] = new JsonArray(new JsonObject { ["id"] = 0, ["filename"] = "graph.png" }),
            },
        }, inlineFile: Api.TinyPng());
        emulator.Options.InteractionsEndpointUrl = endpoint.Url;

        var (_, result) = await emulator.Control.ActAsync(Commands.Status(DefaultSeed.AdminUserId), TestContext.Current.CancellationToken);

        Assert.True(result.Delivered, result.Problem);
        var reply = emulator.Control.Messages(DefaultSeed.StatusChannelId).Single()!;
        Assert.EndsWith("/graph.png", reply["embeds"]![0]!["image"]!["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task Rejects_an_inline_reply_that_breaks_the_message_rules()
    {
        await using var emulator = await Emulator.StartAsync(o => o.Interactions.BadSignatureProbeEvery = 0);
        await Commands.RegisterStatusAsync(emulator);
        await using var endpoint = await InteractionEndpointServer.StartAsync(PublicKey(emulator), verifySignatures: true, _ => new JsonObject { ["type"] = 4, ["data"] = new JsonObject { ["content"] = new string('x', 2001) } });
        emulator.Options.InteractionsEndpointUrl = endpoint.Url;

        var (interaction, result) = await emulator.Control.ActAsync(Commands.Status(DefaultSeed.AdminUserId), TestContext.Current.CancellationToken);

        Assert.False(result.Delivered);
        Assert.Contains("50035", result.Problem);
        Assert.Null(emulator.Control.Interaction(interaction.Id)!.ResponseType);
    }

    private static string PublicKey(DiscordEmulatorHost emulator) => emulator.PublicKeyHex;
}

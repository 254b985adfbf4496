using System.Text.Json.Nodes;
using PteroPulse.DiscordGateway.Tests.Integration.Support;
using PteroPulse.Emulators.Discord.Interactions;

namespace PteroPulse.DiscordGateway.Tests.Integration;

/// <summary>The commands and buttons around the embed, against the emulators; each test uses its own server.</summary>
public sealed class CommandTests(StackFixture fixture) : IClassFixture<StackFixture>
{
    private Stack Stack => fixture.Stack;

    private string LastReplyTo(ulong userId) =>
        Rendered.Content(Stack.Messages(World.StatusChannelId, userId).Last(m => m["flags"]?.GetValue<int>() is { } f && (f & 64) != 0));

    [Fact]
    public async Task Lists_every_server_with_its_state_for_a_member()
    {
        await Stack.CommandAsync(World.MemberUserId, "servers");

        var list = await Eventually.WaitAsync(
            () => Stack.Messages(World.StatusChannelId, World.MemberUserId).LastOrDefault(m => m.ToJsonString().Contains("Game servers", StringComparison.Ordinal)),
            Stack.Patience, "the server list");
        var text = Rendered.Embed(list)["description"]!.GetValue<string>();
        foreach (var i in new[] { 0, 1, 2 })
        {
            Assert.Contains(Stack.ServerId(i), text, StringComparison.Ordinal);
        }

        Assert.Equal(64, list["flags"]!.GetValue<int>() & 64);
    }

    [Fact]
    public async Task Suggests_servers_by_name_as_the_admin_types()
    {
        var name = Stack.ServerName(1);
        var (interaction, result) = await Stack.Control.ActAsync(new UserAction
        {
            Kind = UserActionKind.Autocomplete,
            UserId = World.AdminUserId,
            ChannelId = World.StatusChannelId,
            CommandName = "server_status",
            Options = new() { ["server"] = JsonValue.Create(name[..3]) },
            FocusedOption = "server",
        }, TestContext.Current.CancellationToken);
        Assert.True(result.Delivered, result.Problem);

        var choices = await Eventually.WaitAsync(() => Stack.Control.Interaction(interaction.Id)?.AutocompleteChoices, Stack.Patience, "the suggestions");

        Assert.Contains(choices.OfType<JsonObject>(), c => c["value"]!.GetValue<string>() == Stack.ServerId(1));
    }

    [Fact]
    public async Task Replaces_the_first_embed_when_a_server_is_posted_twice_in_one_channel()
    {
        var id = Stack.ServerId(1);
        await Stack.CommandAsync(World.AdminUserId, "server_status", new() { ["server"] = JsonValue.Create(Stack.ServerName(1)) });
        var first = await Eventually.WaitAsync(() => Stack.StatusEmbedOf(id), Stack.Patience, "the first embed");

        await Stack.CommandAsync(World.AdminUserId, "server_status", new() { ["server"] = JsonValue.Create(id) });
        await Eventually.WaitAsync(() => Stack.StatusEmbedOf(id) is { } m && Rendered.Id(m) != Rendered.Id(first) ? m : null, Stack.Patience, "the second embed");
        await Eventually.WaitAsync(() => Stack.StatusMessages().All(m => Rendered.Id(m) != Rendered.Id(first)), Stack.Patience, "the first embed to go");

        Assert.Single(Stack.StatusMessages(), m => m.ToJsonString().Contains($"power:{id}:start", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Shows_the_address_privately()
    {
        var id = Stack.ServerId(2);
        var embed = await Stack.PostStatusEmbedAsync(id);
        var allocation = Stack.Panel.Panel.Server(id).Allocations[0];

        await Stack.PressAsync(World.MemberUserId, Rendered.Id(embed), $"address:{id}");

        var reply = await Eventually.WaitAsync(() => LastReplyTo(World.MemberUserId) is { } r && r.Contains("📡", StringComparison.Ordinal) ? r : null, Stack.Patience, "the address");
        Assert.Contains($":{allocation.Port}`", reply, StringComparison.Ordinal);
        Assert.DoesNotContain(Stack.StatusMessages(), m => Rendered.Content(m).Contains("📡", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Refuses_an_unknown_server_clearly()
    {
        await Stack.CommandAsync(World.AdminUserId, "server_status", new() { ["server"] = JsonValue.Create("no-such-server") });

        var reply = await Eventually.WaitAsync(() => LastReplyTo(World.AdminUserId) is { } r && r.Contains("no-such-server", StringComparison.Ordinal) ? r : null, Stack.Patience, "the reply");
        Assert.StartsWith("❔", reply, StringComparison.Ordinal);
    }
}

using Microsoft.Extensions.DependencyInjection;
using PteroPulse.DiscordGateway.Locations;

namespace PteroPulse.DiscordGateway.Tests.Integration;

/// <summary>What happens to an embed when Discord says no: each refusal of issue 7, against the emulator.</summary>
public sealed class EmbedFailureTests
{
    private const ulong EmbedLinks = 1UL << 14;
    private const ulong AttachFiles = 1UL << 15;

    private static async Task<IReadOnlyList<EmbedLocation>> Locations(Stack stack) =>
        await stack.Services.GetRequiredService<IEmbedLocationStore>().GetAllAsync(TestContext.Current.CancellationToken);

    private static int Edits(Stack stack, ulong messageId) =>
        stack.Control.Requests.Count(r => r.Method == "PATCH" && r.Path.EndsWith($"/messages/{messageId}", StringComparison.Ordinal));

    private static int ResourcePolls(Stack stack, string serverId) =>
        stack.Panel.Panel.Requests.Entries.Count(r => r.Path.Contains($"/servers/{serverId}/resources", StringComparison.Ordinal));

    [Fact]
    public async Task Forgets_a_deleted_message_and_never_edits_it_again()
    {
        await using var stack = await Stack.StartAsync();
        var deleted = Rendered.Id(await stack.PostStatusEmbedAsync(stack.ServerId(0)));
        var other = Rendered.Id(await stack.PostStatusEmbedAsync(stack.ServerId(1)));

        Assert.True(stack.Control.DeleteMessage(deleted));
        await Eventually.WaitAsync(() => Locations(stack).Result.All(l => l.MessageId != deleted), Stack.Patience, "the location to be forgotten");
        var editsOfOther = Edits(stack, other);
        await Eventually.WaitAsync(() => Edits(stack, other) >= editsOfOther + 2, Stack.Patience, "two more refreshes of the other embed");

        Assert.Equal(1, Edits(stack, deleted));
        Assert.Equal([other], (await Locations(stack)).Select(l => l.MessageId));
        Requests.AssertAllValid(stack, 10008);
    }

    [Fact]
    public async Task Pauses_an_embed_whose_permission_was_revoked_and_says_so_once()
    {
        await using var stack = await Stack.StartAsync();
        var messageId = Rendered.Id(await stack.PostStatusEmbedAsync(stack.ServerId(0)));

        stack.Control.RevokeChannelPermission(World.StatusChannelId, stack.Control.State.BotUserId, EmbedLinks | AttachFiles, targetType: 1);
        await Eventually.WaitAsync(() => Locations(stack).Result.Single().Paused, Stack.Patience, "the embed to be paused");
        var editsWhenPaused = Edits(stack, messageId);
        var audit = await Eventually.WaitAsync(
            () => stack.Messages(World.AuditChannelId).Select(Rendered.Content).FirstOrDefault(c => c.Contains("paused", StringComparison.Ordinal)),
            Stack.Patience, "the audit notice");
        var polls = ResourcePolls(stack, stack.ServerId(0));
        await Eventually.WaitAsync(() => ResourcePolls(stack, stack.ServerId(0)) >= polls + 3, Stack.Patience, "three more polls (past a periodic refresh)");

        Assert.Contains("/refresh_embeds", audit, StringComparison.Ordinal);
        Assert.Equal(editsWhenPaused, Edits(stack, messageId));
        Assert.Single(stack.Messages(World.AuditChannelId), m => Rendered.Content(m).Contains("paused", StringComparison.Ordinal));
        Requests.AssertAllValid(stack, 50013);
    }

    [Fact]
    public async Task Reposts_an_old_message_that_hit_the_edit_limit_and_deletes_the_old_one()
    {
        await using var stack = await Stack.StartAsync(o =>
        {
            // One edit per 15 s for old messages: the second refresh after the clock jump hits 30046.
            o.ConfigureDiscord = d => d.RateLimits.OldMessageEdit = new() { Limit = 1, Window = TimeSpan.FromSeconds(15) };
            o.ClockOffset = TimeSpan.FromHours(2);
            o.Extra["Discord:MaxRateLimitRetries"] = "0";
        });
        var id = stack.ServerId(0);
        var old = Rendered.Id(await stack.PostStatusEmbedAsync(id));

        stack.Control.AdvanceClock(TimeSpan.FromHours(2));
        var fresh = await Eventually.WaitAsync(() => stack.StatusEmbedOf(id) is { } m && Rendered.Id(m) != old ? m : null, Stack.Patience, "the reposted embed");

        Assert.Single(stack.StatusMessages(), m => m.ToJsonString().Contains($"power:{id}:start", StringComparison.Ordinal));
        Assert.Equal([Rendered.Id(fresh)], (await Locations(stack)).Select(l => l.MessageId));
        Assert.Contains(stack.Control.Requests, r => r.Method == "DELETE" && r.Path.EndsWith($"/messages/{old}", StringComparison.Ordinal) && r.Status == 204);
        Requests.AssertAllValid(stack, 30046);
    }

    [Fact]
    public async Task Updates_the_embed_without_a_graph_while_the_renderer_is_down()
    {
        await using var stack = await Stack.StartAsync(o =>
        {
            o.WithRenderer = false;
            o.GraphTimeout = TimeSpan.FromSeconds(1);
        });
        var id = stack.ServerId(0);
        var messageId = Rendered.Id(await stack.PostStatusEmbedAsync(id));

        await Eventually.WaitAsync(() => Edits(stack, messageId) >= 2, Stack.Patience, "two refreshes");

        var embed = stack.StatusEmbedOf(id)!;
        Assert.False(Rendered.HasGraph(embed));
        Assert.StartsWith("🟢 Running", Rendered.Field(embed, "State"), StringComparison.Ordinal);
        Assert.NotNull(embed["edited_timestamp"]);
        Requests.AssertAllValid(stack);
    }
}

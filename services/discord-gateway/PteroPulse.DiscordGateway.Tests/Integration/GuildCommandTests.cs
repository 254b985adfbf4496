using PteroPulse.DiscordGateway.Tests.Integration.Support;
using PteroPulse.Emulators.Discord.Interactions;

namespace PteroPulse.DiscordGateway.Tests.Integration;

/// <summary>Commands that act on every embed of the guild, each with its own stack.</summary>
public sealed class GuildCommandTests
{
    private const ulong EmbedLinks = 1UL << 14;

    private static string LastReply(Stack stack) =>
        Rendered.Content(stack.Messages(World.StatusChannelId, World.AdminUserId).Last(m => (m["flags"]?.GetValue<int>() & 64) == 64));

    [Fact]
    public async Task Purges_every_status_embed_and_reports_the_count()
    {
        await using var stack = await Stack.StartAsync();
        await stack.PostStatusEmbedAsync(stack.ServerId(0));
        await stack.PostStatusEmbedAsync(stack.ServerId(1));

        await stack.CommandAsync(World.AdminUserId, "purge_embeds");

        var reply = await Eventually.WaitAsync(() => LastReply(stack) is { } r && r.Contains("Deleted", StringComparison.Ordinal) ? r : null, Stack.Patience, "the purge reply");
        Assert.Contains("Deleted 2 status embed(s)", reply, StringComparison.Ordinal);
        Assert.DoesNotContain(stack.StatusMessages(), m => m.ToJsonString().Contains("power:", StringComparison.Ordinal));
        Requests.AssertAllValid(stack);
    }

    [Fact]
    public async Task Resumes_paused_embeds_on_refresh_once_access_is_back()
    {
        await using var stack = await Stack.StartAsync();
        var messageId = Rendered.Id(await stack.PostStatusEmbedAsync(stack.ServerId(0)));
        var botId = stack.Control.State.BotUserId;
        stack.Control.RevokeChannelPermission(World.StatusChannelId, botId, EmbedLinks, targetType: 1);
        await Eventually.WaitAsync(() => stack.Messages(World.AuditChannelId).Any(m => Rendered.Content(m).Contains("paused", StringComparison.Ordinal)), Stack.Patience, "the pause");
        lock (stack.Control.State.Gate)
        {
            stack.Control.State.Channels[World.StatusChannelId].Overwrites.Remove(botId);
        }

        var before = stack.Control.Requests.Count(r => r.Method == "PATCH" && r.Path.EndsWith($"/messages/{messageId}", StringComparison.Ordinal) && r.Status == 200);
        await stack.CommandAsync(World.AdminUserId, "refresh_embeds");

        var reply = await Eventually.WaitAsync(() => LastReply(stack) is { } r && r.Contains("Refreshing", StringComparison.Ordinal) ? r : null, Stack.Patience, "the refresh reply");
        Assert.Contains("1 paused embed(s) resumed", reply, StringComparison.Ordinal);
        await Eventually.WaitAsync(
            () => stack.Control.Requests.Count(r => r.Method == "PATCH" && r.Path.EndsWith($"/messages/{messageId}", StringComparison.Ordinal) && r.Status == 200) > before,
            Stack.Patience, "a successful edit after the refresh");
        Requests.AssertAllValid(stack, 50013);
    }

    [Fact]
    public async Task Tells_the_admin_which_permissions_are_missing_when_it_cannot_post()
    {
        await using var stack = await Stack.StartAsync();
        stack.Control.RevokeChannelPermission(World.StatusChannelId, stack.Control.State.BotUserId, EmbedLinks, targetType: 1);

        await stack.CommandAsync(World.AdminUserId, "server_status", new() { ["server"] = System.Text.Json.Nodes.JsonValue.Create(stack.ServerId(0)) });

        var reply = await Eventually.WaitAsync(() => LastReply(stack) is { } r && r.Contains("cannot post", StringComparison.Ordinal) ? r : null, Stack.Patience, "the reply");
        Assert.Contains("Embed Links", reply, StringComparison.Ordinal);
        Assert.Null(stack.StatusEmbedOf(stack.ServerId(0)));
    }
}

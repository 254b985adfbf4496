using PteroPulse.DiscordGateway.Tests.Integration.Support;

namespace PteroPulse.DiscordGateway.Tests.Integration;

/// <summary>The bot loses a permission in the status channel. (one class per failure so the stacks run in parallel.)</summary>
public sealed class RevokedPermissionTests
{
    [Fact]
    public async Task Pauses_an_embed_whose_permission_was_revoked_and_says_so_once()
    {
        await using var stack = await Stack.StartAsync();
        var messageId = Rendered.Id(await stack.PostStatusEmbedAsync(stack.ServerId(0)));

        stack.Control.RevokeChannelPermission(World.StatusChannelId, stack.Control.State.BotUserId, EmbedChecks.EmbedLinks | EmbedChecks.AttachFiles, targetType: 1);
        await Eventually.WaitAsync(() => EmbedChecks.Locations(stack).Result.Single().Paused, Stack.Patience, "the embed to be paused");
        var editsWhenPaused = EmbedChecks.Edits(stack, messageId);
        var audit = await Eventually.WaitAsync(
            () => stack.Messages(World.AuditChannelId).Select(Rendered.Content).FirstOrDefault(c => c.Contains("paused", StringComparison.Ordinal)),
            Stack.Patience, "the audit notice");
        var polls = EmbedChecks.ResourcePolls(stack, stack.ServerId(0));
        await Eventually.WaitAsync(() => EmbedChecks.ResourcePolls(stack, stack.ServerId(0)) >= polls + 3, Stack.Patience, "three more polls (past a periodic refresh)");

        Assert.Contains("/refresh_embeds", audit, StringComparison.Ordinal);
        Assert.Equal(editsWhenPaused, EmbedChecks.Edits(stack, messageId));
        Assert.Single(stack.Messages(World.AuditChannelId), m => Rendered.Content(m).Contains("paused", StringComparison.Ordinal));
        Requests.AssertAllValid(stack, 50013);
    }
}

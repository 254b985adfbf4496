using PteroPulse.DiscordGateway.Tests.Integration.Support;

namespace PteroPulse.DiscordGateway.Tests.Integration;

/// <summary>A moderator deletes a status message. (one class per failure so the stacks run in parallel.)</summary>
public sealed class DeletedMessageTests
{
    [Fact]
    public async Task Forgets_a_deleted_message_and_never_edits_it_again()
    {
        await using var stack = await Stack.StartAsync();
        var deleted = Rendered.Id(await stack.PostStatusEmbedAsync(stack.ServerId(0)));
        var other = Rendered.Id(await stack.PostStatusEmbedAsync(stack.ServerId(1)));

        Assert.True(stack.Control.DeleteMessage(deleted));
        await Eventually.WaitAsync(() => EmbedChecks.Locations(stack).Result.All(l => l.MessageId != deleted), Stack.Patience, "the location to be forgotten");
        var editsOfOther = EmbedChecks.Edits(stack, other);
        await Eventually.WaitAsync(() => EmbedChecks.Edits(stack, other) >= editsOfOther + 2, Stack.Patience, "two more refreshes of the other embed");

        Assert.Equal(1, EmbedChecks.Edits(stack, deleted));
        Assert.Equal([other], (await EmbedChecks.Locations(stack)).Select(l => l.MessageId));
        Requests.AssertAllValid(stack, 10008);
    }
}

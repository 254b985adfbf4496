using PteroPulse.DiscordGateway.Tests.Integration.Support;

namespace PteroPulse.DiscordGateway.Tests.Integration;

/// <summary>The renderer does not answer. (one class per failure so the stacks run in parallel.)</summary>
public sealed class RendererDownTests
{
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

        await Eventually.WaitAsync(() => EmbedChecks.Edits(stack, messageId) >= 2, Stack.Patience, "two refreshes");

        var embed = stack.StatusEmbedOf(id)!;
        Assert.False(Rendered.HasGraph(embed));
        Assert.StartsWith("🟢 Running", Rendered.Field(embed, "State"), StringComparison.Ordinal);
        Assert.NotNull(embed["edited_timestamp"]);
        Requests.AssertAllValid(stack);
    }
}

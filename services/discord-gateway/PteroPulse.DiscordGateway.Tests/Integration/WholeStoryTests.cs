namespace PteroPulse.DiscordGateway.Tests.Integration;

public sealed class WholeStoryTests
{
    [Fact]
    public async Task Posts_a_status_embed_chosen_from_the_select_menu()
    {
        await using var stack = await Stack.StartAsync();
        var serverId = stack.ServerId(0);

        var message = await stack.PostStatusEmbedAsync(serverId);

        var embed = message["embeds"]![0]!;
        Assert.Equal(stack.ServerName(0), embed["title"]!.GetValue<string>());
    }
}

using Microsoft.Extensions.DependencyInjection;
using PteroPulse.DiscordGateway.Locations;
using PteroPulse.DiscordGateway.Tests.Integration.Support;

namespace PteroPulse.DiscordGateway.Tests.Integration;

public sealed class RestartTests
{
    [Fact]
    public async Task Keeps_updating_the_same_embeds_after_a_restart_without_duplicates()
    {
        await using var stack = await Stack.StartAsync();
        var id = stack.ServerId(0);
        var messageId = Rendered.Id(await stack.PostStatusEmbedAsync(id));

        await stack.StopAppAsync();
        var restartedAt = stack.Control.Clock.GetUtcNow();
        await stack.StartAppAsync();
        await Eventually.WaitAsync(
            () => stack.Control.Requests.Any(r => r.Method == "PATCH" && r.Path.EndsWith($"/messages/{messageId}", StringComparison.Ordinal) && r.Time > restartedAt && r.Status == 200),
            Stack.Patience, "an edit of the embed after the restart");

        Assert.Single(stack.StatusMessages(), m => m.ToJsonString().Contains($"power:{id}:start", StringComparison.Ordinal));
        Assert.Equal([messageId], (await stack.Services.GetRequiredService<IEmbedLocationStore>().GetAllAsync(TestContext.Current.CancellationToken)).Select(l => l.MessageId));
        Assert.DoesNotContain(stack.Control.Requests, r => r.Method == "POST" && r.Path.EndsWith("/messages", StringComparison.Ordinal) && r.Time > restartedAt);
        Requests.AssertAllValid(stack);
    }
}

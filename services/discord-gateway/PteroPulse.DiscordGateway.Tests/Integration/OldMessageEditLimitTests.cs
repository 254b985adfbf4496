using PteroPulse.DiscordGateway.Tests.Integration.Support;

namespace PteroPulse.DiscordGateway.Tests.Integration;

/// <summary>Discord caps edits of messages older than an hour (30046). (one class per failure so the stacks run in parallel.)</summary>
public sealed class OldMessageEditLimitTests
{
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

        // An hour later two refreshes in a row: the second edit of the now old message hits the limit.
        stack.Control.AdvanceClock(TimeSpan.FromHours(2));
        await stack.CommandAsync(World.AdminUserId, "refresh_embeds");
        await stack.CommandAsync(World.AdminUserId, "refresh_embeds");
        var fresh = await Eventually.WaitAsync(() => stack.StatusEmbedOf(id) is { } m && Rendered.Id(m) != old ? m : null, Stack.Patience * 2, "the reposted embed");
        await Eventually.WaitAsync(() => stack.StatusMessages().All(m => Rendered.Id(m) != old), Stack.Patience, "the old embed to be deleted");

        Assert.Single(stack.StatusMessages(), m => m.ToJsonString().Contains($"power:{id}:start", StringComparison.Ordinal));
        Assert.Equal([Rendered.Id(fresh)], (await EmbedChecks.Locations(stack)).Select(l => l.MessageId));
        Assert.Contains(stack.Control.Requests, r => r.Method == "DELETE" && r.Path.EndsWith($"/messages/{old}", StringComparison.Ordinal) && r.Status == 204);
        Requests.AssertAllValid(stack, 30046);
    }
}

namespace PteroPulse.DiscordGateway.Tests.Integration;

public sealed class DebugTests
{
    [Fact]
    public async Task Dump()
    {
        await using var stack = await Stack.StartAsync();
        var id = stack.ServerId(0);
        var posted = await stack.PostStatusEmbedAsync(id);
        await Task.Delay(25000, TestContext.Current.CancellationToken);
        var o = TestContext.Current.TestOutputHelper!;
        foreach (var r in stack.Control.Requests)
        {
            o.WriteLine($"{r.Time:HH:mm:ss.fff} {r.Method} {r.Path} {r.Status} {r.ErrorCode} files={string.Join(",", r.FileNames)} body={(r.Body?.ToJsonString() ?? "").Length}");
        }

        foreach (var g in stack.Panel.Panel.Requests.Entries.GroupBy(e => e.Path))
        {
            o.WriteLine($"panel {g.Key} x{g.Count()} {string.Join(",", g.Select(x => x.Status).Distinct())}");
        }

        o.WriteLine(stack.StatusEmbedOf(id)?.ToJsonString() ?? "none");
    }
}

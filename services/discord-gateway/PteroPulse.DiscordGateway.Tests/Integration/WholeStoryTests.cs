using PteroPulse.DiscordGateway.Embeds;
using PteroPulse.DiscordGateway.Tests.Integration.Support;

namespace PteroPulse.DiscordGateway.Tests.Integration;

/// <summary>Issue 7's "Must show", end to end: both emulators, all four services, the in-memory bus.</summary>
public sealed class WholeStoryTests
{
    [Fact]
    public async Task Posts_updates_alerts_and_starts_a_crashed_server_for_an_authorised_member_only()
    {
        await using var stack = await Stack.StartAsync();
        var id = stack.ServerId(0);
        var name = stack.ServerName(0);
        var server = stack.Panel.Panel.Server(id);

        // /server_status → select → an embed with every field, then the graph once two samples exist.
        var posted = await stack.PostStatusEmbedAsync(id);
        var messageId = Rendered.Id(posted);
        Assert.Equal(name, Rendered.Embed(posted)["title"]!.GetValue<string>());
        Assert.Equal(["State", "CPU", "Memory", "Disk", "Network", "Uptime", "Node"], Rendered.FieldNames(posted));
        var running = await Eventually.WaitAsync(() => stack.StatusEmbedOf(id) is { } m && Rendered.HasGraph(m) ? m : null, Stack.Patience, "the graph");
        Assert.StartsWith("🟢 Running", Rendered.Field(running, "State"), StringComparison.Ordinal);
        Assert.Equal(new Dictionary<string, bool>
        {
            [$"power:{id}:start"] = true, [$"power:{id}:stop"] = false, [$"power:{id}:restart"] = false, [$"address:{id}"] = false,
        }, Rendered.Buttons(running));

        // The server crashes: the embed turns red at the first poll that sees it, and one alert is posted.
        var crashedAt = stack.Panel.Panel.Time.GetUtcNow();
        server.Power.Crash(crashedAt);
        var red = await Eventually.WaitAsync(() => Rendered.Color(stack.StatusEmbedOf(id)) == StateAppearance.Red ? stack.StatusEmbedOf(id) : null, Stack.Patience, "the red embed");
        var redEditAt = stack.Control.Requests.First(r => r.Method == "PATCH" && r.Path.EndsWith($"/messages/{messageId}", StringComparison.Ordinal)
            && r.Body?.ToJsonString().Contains(StateAppearance.Red.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) == true).Time;
        Assert.True(ResourcePolls(stack, id, crashedAt, redEditAt) <= 1, "the embed turned red later than the first poll after the crash");
        Assert.Equal(new Dictionary<string, bool>
        {
            [$"power:{id}:start"] = false, [$"power:{id}:stop"] = true, [$"power:{id}:restart"] = true, [$"address:{id}"] = false,
        }, Rendered.Buttons(red));
        await Eventually.WaitAsync(() => Alerts(stack, "crashed").Count == 1, Stack.Patience, "the crash alert");

        // Unauthorised presses: a plain member, and a member who may restart but not start. The panel hears nothing.
        var signalsBefore = PowerSignals(stack, id);
        await stack.PressAsync(World.MemberUserId, messageId, $"power:{id}:start");
        await stack.PressAsync(World.RestarterUserId, messageId, $"power:{id}:start");
        Assert.Contains(stack.Messages(World.StatusChannelId, World.MemberUserId), m => Rendered.Content(m).StartsWith("⛔", StringComparison.Ordinal));
        Assert.Contains(stack.Messages(World.StatusChannelId, World.RestarterUserId), m => Rendered.Content(m).StartsWith("⛔", StringComparison.Ordinal));
        Assert.Equal(signalsBefore, PowerSignals(stack, id));

        // An admin presses Start: the panel gets the signal, the embed shows starting, then running.
        await stack.PressAsync(World.AdminUserId, messageId, $"power:{id}:start");
        await Eventually.WaitAsync(() => PowerSignals(stack, id) == signalsBefore + 1, Stack.Patience, "the start signal at the panel");
        await Eventually.WaitAsync(() => Rendered.Color(stack.StatusEmbedOf(id)) == StateAppearance.Green, Stack.Patience, "the running embed");
        Assert.Contains(EditBodies(stack, messageId), body => body.Contains(" Starting\"", StringComparison.Ordinal));

        // One crash alert, one recovery; one embed; every request valid and never rate limited.
        await Eventually.WaitAsync(() => Alerts(stack, "running again").Count == 1, Stack.Patience, "the recovery alert");
        Assert.Single(Alerts(stack, "crashed"));
        Assert.Single(stack.StatusMessages(), m => m.ToJsonString().Contains($"power:{id}:start", StringComparison.Ordinal));
        Assert.Contains(stack.Messages(World.AuditChannelId), m => Rendered.Content(m).Contains("accepted", StringComparison.Ordinal));
        Requests.AssertAllValid(stack);
    }

    private static IReadOnlyList<string> Alerts(Stack stack, string text) =>
        [.. stack.Messages(World.AlertChannelId).Select(Rendered.Content).Where(c => c.Contains(text, StringComparison.Ordinal))];

    private static int PowerSignals(Stack stack, string serverId) =>
        stack.Panel.Panel.Requests.Entries.Count(r => r.Method == "POST" && r.Path.Contains($"/servers/{serverId}/power", StringComparison.Ordinal));

    private static int ResourcePolls(Stack stack, string serverId, DateTimeOffset from, DateTimeOffset to) =>
        stack.Panel.Panel.Requests.Entries.Count(r => r.Path.Contains($"/servers/{serverId}/resources", StringComparison.Ordinal) && r.At > from && r.At < to);

    private static IEnumerable<string> EditBodies(Stack stack, ulong messageId) =>
        stack.Control.Requests.Where(r => r.Method == "PATCH" && r.Path.EndsWith($"/messages/{messageId}", StringComparison.Ordinal))
            .Select(r => r.Body?.ToJsonString() ?? "");
}

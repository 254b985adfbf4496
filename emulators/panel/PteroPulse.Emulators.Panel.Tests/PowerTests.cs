using System.Net;
using PteroPulse.Emulators.Panel.Model;

namespace PteroPulse.Emulators.Panel.Tests;

/// <summary>§6.5, §6.6: power signals (204 at once, the state machine afterwards) and console commands.</summary>
public sealed class PowerTests
{
    [Fact]
    public async Task Starts_an_offline_server_through_starting_to_running_after_answering_204()
    {
        await using var panel = await PanelFixture.StartAsync(o => { o.RunningFraction = 0; o.StartDuration = TimeSpan.FromSeconds(6); });
        var server = panel.Panel.Fleet.Servers[0];

        using var response = await Power(panel, server, """{"signal":"start"}""");
        var justAfter = server.StateAt(panel.Time.GetUtcNow());
        panel.Time.Advance(TimeSpan.FromSeconds(6));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(await PanelFixture.BodyAsync(response));
        Assert.Equal(PowerStates.Starting, justAfter);
        Assert.Equal(PowerStates.Running, server.StateAt(panel.Time.GetUtcNow()));
    }

    [Fact]
    public async Task Stops_through_stopping_and_kills_at_once()
    {
        await using var panel = await PanelFixture.StartAsync(o => o.RunningFraction = 1);
        var stopped = panel.Panel.Fleet.Servers[0];
        var killed = panel.Panel.Fleet.Servers[1];

        using var stop = await Power(panel, stopped, """{"signal":"stop"}""");
        using var kill = await Power(panel, killed, """{"signal":"kill"}""");

        Assert.Equal(PowerStates.Stopping, stopped.StateAt(panel.Time.GetUtcNow()));
        Assert.Equal(PowerStates.Offline, killed.StateAt(panel.Time.GetUtcNow()));
        panel.Time.Advance(panel.Panel.Options.StopDuration);
        Assert.Equal(PowerStates.Offline, stopped.StateAt(panel.Time.GetUtcNow()));
    }

    [Fact]
    public async Task Ignores_start_on_a_running_server_but_still_answers_204()
    {
        await using var panel = await PanelFixture.StartAsync(o => o.RunningFraction = 1);
        var server = panel.Panel.Fleet.Servers[0];
        var before = server.Power.History(panel.Time.GetUtcNow()).Count;

        using var response = await Power(panel, server, """{"signal":"start"}""");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(before, server.Power.History(panel.Time.GetUtcNow()).Count);
    }

    [Fact]
    public async Task Restarts_through_offline_and_resets_uptime()
    {
        await using var panel = await PanelFixture.StartAsync(o => o.RunningFraction = 1);
        var server = panel.Panel.Fleet.Servers[0];

        using var response = await Power(panel, server, """{"signal":"restart"}""");
        panel.Time.Advance(panel.Panel.Options.StopDuration + panel.Panel.Options.StartDuration);

        var states = server.Power.History(panel.Time.GetUtcNow()).TakeLast(4).Select(t => t.State);
        Assert.Equal([PowerStates.Stopping, PowerStates.Offline, PowerStates.Starting, PowerStates.Running], states);
        Assert.Equal(panel.Panel.Options.StartDuration.TotalMilliseconds, server.ResourcesAt(panel.Time.GetUtcNow()).UptimeMilliseconds);
    }

    [Theory]
    [InlineData("{}", "The signal field is required.", "required")]
    [InlineData("""{"signal":"explode"}""", "The selected signal is invalid.", "in")]
    public async Task Answers_422_with_source_field_and_rule_for_a_bad_signal(string body, string detail, string rule)
    {
        await using var panel = await PanelFixture.StartAsync();

        using var response = await Power(panel, panel.Panel.Fleet.Servers[0], body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = (await PanelFixture.ReadAsync(response)).GetProperty("errors")[0];
        Assert.Equal(detail, error.GetProperty("detail").GetString());
        Assert.Equal("signal", error.GetProperty("meta").GetProperty("source_field").GetString());
        Assert.Equal(rule, error.GetProperty("meta").GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Refuses_a_subuser_without_the_restart_permission_before_validating()
    {
        await using var panel = await PanelFixture.StartAsync();
        var server = panel.Panel.Fleet.Servers[0];

        using var restart = await panel.SendAsync(HttpMethod.Post, $"/api/client/servers/{server.Identifier}/power", panel.Panel.SubuserClientKey, """{"signal":"restart"}""");
        using var unknown = await panel.SendAsync(HttpMethod.Post, $"/api/client/servers/{server.Identifier}/power", panel.Panel.SubuserClientKey, """{"signal":"explode"}""");

        Assert.Equal(HttpStatusCode.Forbidden, restart.StatusCode);
        Assert.Contains("This action is unauthorized.", await PanelFixture.BodyAsync(restart));
        Assert.Equal(HttpStatusCode.Forbidden, unknown.StatusCode);
    }

    [Fact]
    public async Task Answers_504_to_a_power_signal_when_the_node_is_down_and_passes_a_wings_5xx_through()
    {
        await using var panel = await PanelFixture.StartAsync();
        var server = panel.Panel.Fleet.Servers[0];
        server.Node.Fault = NodeFault.Offline;
        using var offline = await Power(panel, server, """{"signal":"start"}""");
        server.Node.Fault = NodeFault.WingsError;
        server.Node.WingsErrorCode = 522;

        using var cloudflare = await Power(panel, server, """{"signal":"start"}""");

        Assert.Equal(HttpStatusCode.GatewayTimeout, offline.StatusCode);
        Assert.Equal(522, (int)cloudflare.StatusCode);
    }

    [Fact]
    public async Task Answers_a_command_with_204_when_running_and_502_when_offline()
    {
        await using var panel = await PanelFixture.StartAsync(o => o.RunningFraction = 1);
        var server = panel.Panel.Fleet.Servers[0];
        var path = $"/api/client/servers/{server.Identifier}/command";

        using var running = await panel.SendAsync(HttpMethod.Post, path, panel.Panel.OwnerClientKey, """{"command":"say hi"}""");
        server.Power.Crash(panel.Time.GetUtcNow());
        using var offline = await panel.SendAsync(HttpMethod.Post, path, panel.Panel.OwnerClientKey, """{"command":"say hi"}""");

        Assert.Equal(HttpStatusCode.NoContent, running.StatusCode);
        Assert.Equal(HttpStatusCode.BadGateway, offline.StatusCode);
        Assert.Equal("""{"errors":[{"code":"HttpException","status":"502","detail":"Server must be online in order to send commands."}]}""", await PanelFixture.BodyAsync(offline));
    }

    [Fact]
    public async Task Answers_400_to_malformed_json()
    {
        await using var panel = await PanelFixture.StartAsync();

        using var response = await Power(panel, panel.Panel.Fleet.Servers[0], "{\"signal\":");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The JSON data passed in the request appears to be malformed: Syntax error", await PanelFixture.BodyAsync(response));
    }

    private static Task<HttpResponseMessage> Power(PanelFixture panel, EmulatedServer server, string body) =>
        panel.SendAsync(HttpMethod.Post, $"/api/client/servers/{server.Identifier}/power", panel.Panel.OwnerClientKey, body);
}

using System.Net;
using System.Text.Json;
using PteroPulse.Emulators.Panel.Model;

namespace PteroPulse.Emulators.Panel.Tests;

/// <summary>§6.4, §11: resource usage, the 20 s cache and a node that is down.</summary>
public sealed class ResourcesTests
{
    [Fact]
    public async Task Reports_a_running_server_with_usage_within_its_limits_and_uptime_in_milliseconds()
    {
        await using var panel = await PanelFixture.StartAsync(o => o.RunningFraction = 1);
        var server = panel.Panel.Fleet.Servers.First(s => s.Limits.CpuPercent > 0 && s.Limits.MemoryMib > 0);

        var stats = await panel.JsonAsync($"/api/client/servers/{server.Identifier}/resources", panel.Panel.OwnerClientKey);

        Assert.Equal("stats", stats.GetProperty("object").GetString());
        var attributes = stats.GetProperty("attributes");
        Assert.Equal("running", attributes.GetProperty("current_state").GetString());
        var resources = attributes.GetProperty("resources");
        Assert.InRange(resources.GetProperty("cpu_absolute").GetDouble(), 0, server.Limits.CpuPercent);
        Assert.InRange(resources.GetProperty("memory_bytes").GetInt64(), 1, server.Limits.MemoryMib * 1024L * 1024);
        Assert.True(resources.GetProperty("uptime").GetInt64() >= 60_000);
    }

    [Fact]
    public async Task Zeroes_everything_but_disk_when_the_server_is_offline()
    {
        await using var panel = await PanelFixture.StartAsync(o => o.RunningFraction = 0);
        var server = panel.Panel.Fleet.Servers[0];

        var resources = (await panel.JsonAsync($"/api/client/servers/{server.Identifier}/resources", panel.Panel.OwnerClientKey))
            .GetProperty("attributes").GetProperty("resources");

        Assert.Equal("offline", server.StateAt(panel.Time.GetUtcNow()));
        Assert.Equal(0, resources.GetProperty("memory_bytes").GetInt64());
        Assert.Equal(0, resources.GetProperty("cpu_absolute").GetDouble());
        Assert.Equal(0, resources.GetProperty("uptime").GetInt64());
        Assert.True(resources.GetProperty("disk_bytes").GetInt64() > 0);
    }

    [Fact]
    public async Task Serves_the_same_answer_for_20_seconds_then_a_fresh_one()
    {
        await using var panel = await PanelFixture.StartAsync(o => o.RunningFraction = 1);
        var path = $"/api/client/servers/{panel.Panel.Fleet.Servers[0].Identifier}/resources";

        var first = await Uptime(panel, path);
        panel.Time.Advance(TimeSpan.FromSeconds(19));
        var cached = await Uptime(panel, path);
        panel.Time.Advance(TimeSpan.FromSeconds(2));
        var fresh = await Uptime(panel, path);

        Assert.Equal(first, cached);
        Assert.Equal(first + 21_000, fresh);
    }

    [Fact]
    public async Task Answers_504_could_not_establish_a_connection_after_the_nodes_delay_when_the_node_is_offline()
    {
        await using var panel = await PanelFixture.StartAsync();
        var server = panel.Panel.Fleet.Servers[0];
        server.Node.Fault = NodeFault.Offline;
        server.Node.FaultDelay = TimeSpan.FromSeconds(5);

        var pending = panel.GetAsync($"/api/client/servers/{server.Identifier}/resources", panel.Panel.OwnerClientKey);
        await WaitForInFlightAsync(panel);
        Assert.False(pending.IsCompleted);
        panel.Time.Advance(TimeSpan.FromSeconds(5));
        using var response = await pending;

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Equal(
            """{"errors":[{"code":"DaemonConnectionException","status":"504","detail":"Could not establish a connection to the machine running this server. Please try again."}]}""",
            await PanelFixture.BodyAsync(response));
    }

    [Fact]
    public async Task Answers_504_with_the_wings_status_code_when_wings_answers_with_an_error()
    {
        await using var panel = await PanelFixture.StartAsync();
        var server = panel.Panel.Fleet.Servers[0];
        server.Node.Fault = NodeFault.WingsError;
        server.Node.WingsErrorCode = 401;

        using var response = await panel.GetAsync($"/api/client/servers/{server.Identifier}/resources", panel.Panel.OwnerClientKey);

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Contains("There was an error while communicating with the machine running this server. This error has been logged, please try again. (code: 401) (request_id: ",
            await PanelFixture.BodyAsync(response));
    }

    [Fact]
    public async Task Answers_200_missing_with_zeros_in_pelican_mode_when_the_node_is_down()
    {
        await using var panel = await PanelFixture.StartAsync(o => o.Flavor = PanelFlavor.Pelican);
        var server = panel.Panel.Fleet.Servers[0];
        server.Node.Fault = NodeFault.Offline;

        var attributes = (await panel.JsonAsync($"/api/client/servers/{server.Identifier}/resources", panel.Panel.OwnerClientKey)).GetProperty("attributes");

        Assert.Equal("missing", attributes.GetProperty("current_state").GetString());
        Assert.Equal(0, attributes.GetProperty("resources").GetProperty("memory_bytes").GetInt64());
    }

    [Fact]
    public async Task Does_not_cache_a_failure()
    {
        await using var panel = await PanelFixture.StartAsync(o => o.RunningFraction = 1);
        var server = panel.Panel.Fleet.Servers[0];
        server.Node.Fault = NodeFault.Offline;
        using var failed = await panel.GetAsync($"/api/client/servers/{server.Identifier}/resources", panel.Panel.OwnerClientKey);
        server.Node.Fault = NodeFault.None;

        using var recovered = await panel.GetAsync($"/api/client/servers/{server.Identifier}/resources", panel.Panel.OwnerClientKey);

        Assert.Equal(HttpStatusCode.GatewayTimeout, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
    }

    private static async Task<long> Uptime(PanelFixture panel, string path) =>
        (await panel.JsonAsync(path, panel.Panel.OwnerClientKey)).GetProperty("attributes").GetProperty("resources").GetProperty("uptime").GetInt64();

    internal static async Task WaitForInFlightAsync(PanelFixture panel)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (panel.Panel.Requests.InFlight == 0)
        {
            await Task.Delay(5, timeout.Token);
        }
    }
}

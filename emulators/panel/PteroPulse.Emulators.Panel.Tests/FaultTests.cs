using System.Net;
using System.Net.Http.Json;

namespace PteroPulse.Emulators.Panel.Tests;

/// <summary>Infrastructure faults and the control endpoints that set them.</summary>
public sealed class FaultTests
{
    [Fact]
    public async Task Serves_a_cloudflare_html_page_with_cf_ray_when_asked()
    {
        await using var panel = await PanelFixture.StartAsync();
        await Control(panel, "/_emulator/faults", new { mode = "CloudflareBadGateway", requests = 1 });

        using var faulted = await panel.GetAsync("/api/client/account", panel.Panel.OwnerClientKey);
        using var after = await panel.GetAsync("/api/client/account", panel.Panel.OwnerClientKey);

        Assert.Equal(HttpStatusCode.BadGateway, faulted.StatusCode);
        Assert.Equal("text/html", faulted.Content.Headers.ContentType!.MediaType);
        Assert.True(faulted.Headers.Contains("cf-ray"));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Serves_truncated_json_when_asked()
    {
        await using var panel = await PanelFixture.StartAsync();
        await Control(panel, "/_emulator/faults", new { mode = "MalformedJson" });

        using var response = await panel.GetAsync("/api/client", panel.Panel.OwnerClientKey);

        var body = await PanelFixture.BodyAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => System.Text.Json.JsonDocument.Parse(body));
    }

    [Fact]
    public async Task Takes_a_node_offline_and_a_server_into_suspension_through_the_control_endpoints()
    {
        await using var panel = await PanelFixture.StartAsync();
        var onFra1 = panel.Panel.Fleet.Servers.First(s => s.Node.Name == "fra1");
        var onNyc1 = panel.Panel.Fleet.Servers.First(s => s.Node.Name == "nyc1");
        await Control(panel, "/_emulator/nodes/fra1", new { fault = "offline", delaySeconds = 0 });
        await Control(panel, $"/_emulator/servers/{onNyc1.Identifier}", new { status = "suspended" });

        using var down = await panel.GetAsync($"/api/client/servers/{onFra1.Identifier}/resources", panel.Panel.OwnerClientKey);
        using var suspended = await panel.GetAsync($"/api/client/servers/{onNyc1.Identifier}/resources", panel.Panel.OwnerClientKey);

        Assert.Equal(HttpStatusCode.GatewayTimeout, down.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, suspended.StatusCode);
    }

    [Fact]
    public async Task Answers_500_with_the_panels_generic_message()
    {
        await using var panel = await PanelFixture.StartAsync();
        panel.Panel.Faults.Set(Http.InfrastructureFault.ServerError, 1);

        using var response = await panel.GetAsync("/api/client", panel.Panel.OwnerClientKey);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("An unexpected error was encountered while processing this request, please try again.", await PanelFixture.BodyAsync(response));
    }

    private static async Task Control(PanelFixture panel, string path, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Emulator-Token", "control-token");
        using var response = await panel.Http.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }
}

using System.Net;
using System.Text.Json;

namespace PteroPulse.Emulators.Panel.Tests;

/// <summary>§4, §6.3, §8: server lookup, permissions in meta and the two 404 messages.</summary>
public sealed class ServerDetailTests
{
    [Fact]
    public async Task Finds_a_server_by_identifier_and_by_uuid()
    {
        await using var panel = await PanelFixture.StartAsync();
        var server = panel.Panel.Fleet.Servers[0];

        var byIdentifier = await panel.JsonAsync($"/api/client/servers/{server.Identifier}", panel.Panel.OwnerClientKey);
        var byUuid = await panel.JsonAsync($"/api/client/servers/{server.Uuid}", panel.Panel.OwnerClientKey);

        Assert.Equal(server.Uuid, byIdentifier.GetProperty("attributes").GetProperty("uuid").GetString());
        Assert.Equal(server.Identifier, byUuid.GetProperty("attributes").GetProperty("identifier").GetString());
    }

    [Fact]
    public async Task Puts_user_permissions_in_meta_in_the_three_forms()
    {
        await using var panel = await PanelFixture.StartAsync();
        var id = panel.Panel.Fleet.Servers[0].Identifier;

        var owner = await panel.JsonAsync($"/api/client/servers/{id}", panel.Panel.OwnerClientKey);
        var admin = await panel.JsonAsync($"/api/client/servers/{id}", panel.Panel.AdminClientKey);
        var subuser = await panel.JsonAsync($"/api/client/servers/{id}", panel.Panel.SubuserClientKey);

        Assert.Equal(["*"], Permissions(owner));
        Assert.True(owner.GetProperty("meta").GetProperty("is_server_owner").GetBoolean());
        Assert.Equal(["*", "admin.websocket.errors", "admin.websocket.install", "admin.websocket.transfer"], Permissions(admin));
        Assert.Contains("websocket.connect", Permissions(subuser));
        Assert.DoesNotContain("*", Permissions(subuser));
        Assert.False(owner.GetProperty("attributes").TryGetProperty("user_permissions", out _));
    }

    [Fact]
    public async Task Shows_a_subuser_without_allocation_read_only_the_primary_allocation_and_a_null_resource_for_variables()
    {
        await using var panel = await PanelFixture.StartAsync();
        var id = panel.Panel.Fleet.Servers[0].Identifier;

        var relationships = (await panel.JsonAsync($"/api/client/servers/{id}", panel.Panel.SubuserClientKey))
            .GetProperty("attributes").GetProperty("relationships");

        Assert.Equal(1, relationships.GetProperty("allocations").GetProperty("data").GetArrayLength());
        Assert.Equal("null_resource", relationships.GetProperty("variables").GetProperty("object").GetString());
        Assert.Equal(JsonValueKind.Null, relationships.GetProperty("variables").GetProperty("attributes").ValueKind);
    }

    [Fact]
    public async Task Tells_an_unknown_server_from_one_without_access()
    {
        await using var panel = await PanelFixture.StartAsync();
        var notShared = panel.Panel.Fleet.Servers[5].Identifier;

        using var unknown = await panel.GetAsync("/api/client/servers/zzzzzzzz", panel.Panel.OwnerClientKey);
        using var noAccess = await panel.GetAsync($"/api/client/servers/{notShared}", panel.Panel.SubuserClientKey);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("The requested resource could not be found on the server.", await PanelFixture.BodyAsync(unknown));
        Assert.Equal(HttpStatusCode.NotFound, noAccess.StatusCode);
        Assert.Contains("The requested resource does not exist on this server.", await PanelFixture.BodyAsync(noAccess));
    }

    [Fact]
    public async Task Answers_the_detail_of_a_suspended_server_with_200_while_other_routes_give_409()
    {
        await using var panel = await PanelFixture.StartAsync();
        var server = panel.Panel.Fleet.Servers[0];
        server.Status = "suspended";

        using var detail = await panel.GetAsync($"/api/client/servers/{server.Identifier}", panel.Panel.OwnerClientKey);
        using var resources = await panel.GetAsync($"/api/client/servers/{server.Identifier}/resources", panel.Panel.AdminClientKey);

        Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        Assert.Equal("suspended", (await PanelFixture.ReadAsync(detail)).GetProperty("attributes").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, resources.StatusCode);
        Assert.Equal(
            """{"errors":[{"code":"ServerStateConflictException","status":"409","detail":"This server is currently suspended and the functionality requested is unavailable."}]}""",
            await PanelFixture.BodyAsync(resources));
    }

    [Theory]
    [InlineData("suspended", true, false, "This server is currently suspended and the functionality requested is unavailable.")]
    [InlineData(null, true, true, "The node of this server is currently under maintenance and the functionality requested is unavailable.")]
    [InlineData("installing", false, true, "This server has not yet completed its installation process, please try again later.")]
    [InlineData("install_failed", false, false, "This server has not yet completed its installation process, please try again later.")]
    [InlineData("restoring_backup", false, true, "This server is currently restoring from a backup, please try again later.")]
    [InlineData(null, false, true, "This server is currently being transferred to a new machine, please try again later.")]
    public async Task Answers_409_with_the_message_of_the_highest_priority_conflict(string? status, bool maintenance, bool transferring, string expected)
    {
        await using var panel = await PanelFixture.StartAsync();
        var server = panel.Panel.Fleet.Servers[0];
        server.Status = status;
        server.Node.MaintenanceMode = maintenance;
        server.IsTransferring = transferring;

        using var response = await panel.GetAsync($"/api/client/servers/{server.Identifier}/resources", panel.Panel.OwnerClientKey);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(expected, (await PanelFixture.ReadAsync(response)).GetProperty("errors")[0].GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Does_not_treat_reinstall_failed_as_a_conflict()
    {
        await using var panel = await PanelFixture.StartAsync();
        var server = panel.Panel.Fleet.Servers[0];
        server.Status = "reinstall_failed";

        using var response = await panel.GetAsync($"/api/client/servers/{server.Identifier}/resources", panel.Panel.OwnerClientKey);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static List<string> Permissions(JsonElement detail) =>
        detail.GetProperty("meta").GetProperty("user_permissions").EnumerateArray().Select(p => p.GetString()!).ToList();
}

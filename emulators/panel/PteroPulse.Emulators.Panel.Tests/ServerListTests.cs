using System.Net;
using System.Text.Json;

namespace PteroPulse.Emulators.Panel.Tests;

/// <summary>§3, §6.1: the client list, its pagination and the type parameter.</summary>
public sealed class ServerListTests
{
    [Fact]
    public async Task Caps_per_page_at_100_and_keeps_the_query_in_links()
    {
        await using var panel = await PanelFixture.StartAsync(o => o.ServerCount = 250);

        var list = await panel.JsonAsync("/api/client?type=admin-all&per_page=500", panel.Panel.AdminClientKey);

        var pagination = list.GetProperty("meta").GetProperty("pagination");
        Assert.Equal(100, pagination.GetProperty("per_page").GetInt32());
        Assert.Equal(100, list.GetProperty("data").GetArrayLength());
        Assert.Equal(250, pagination.GetProperty("total").GetInt32());
        Assert.Equal(3, pagination.GetProperty("total_pages").GetInt32());
        var next = pagination.GetProperty("links").GetProperty("next").GetString()!;
        Assert.Contains("type=admin-all", next);
        Assert.Contains("page=2", next);
    }

    [Fact]
    public async Task Defaults_to_50_per_page()
    {
        await using var panel = await PanelFixture.StartAsync(o => o.ServerCount = 60);

        var list = await panel.JsonAsync("/api/client?type=admin-all", panel.Panel.AdminClientKey);

        Assert.Equal(50, list.GetProperty("data").GetArrayLength());
    }

    [Fact]
    public async Task Writes_links_as_an_empty_object_when_there_is_one_page()
    {
        await using var panel = await PanelFixture.StartAsync(o => o.ServerCount = 3);

        var list = await panel.JsonAsync("/api/client", panel.Panel.OwnerClientKey);

        var links = list.GetProperty("meta").GetProperty("pagination").GetProperty("links");
        Assert.Equal(JsonValueKind.Object, links.ValueKind);
        Assert.Empty(links.EnumerateObject());
    }

    [Fact]
    public async Task Gives_a_root_admin_nothing_without_admin_all_and_a_non_admin_an_empty_200_with_it()
    {
        await using var panel = await PanelFixture.StartAsync(o => o.ServerCount = 5);

        var adminOwn = await panel.JsonAsync("/api/client", panel.Panel.AdminClientKey);
        var adminAll = await panel.JsonAsync("/api/client?type=admin-all", panel.Panel.AdminClientKey);
        var ownerAdminAll = await panel.JsonAsync("/api/client?type=admin-all", panel.Panel.OwnerClientKey);

        Assert.Equal(0, adminOwn.GetProperty("data").GetArrayLength());
        Assert.Equal(5, adminAll.GetProperty("data").GetArrayLength());
        Assert.Equal(0, ownerAdminAll.GetProperty("data").GetArrayLength());
    }

    [Fact]
    public async Task Lists_server_attributes_with_the_panels_names_and_types()
    {
        await using var panel = await PanelFixture.StartAsync(o => o.ServerCount = 2);

        var server = (await panel.JsonAsync("/api/client", panel.Panel.OwnerClientKey)).GetProperty("data")[0];

        Assert.Equal("server", server.GetProperty("object").GetString());
        var attributes = server.GetProperty("attributes");
        var keys = attributes.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(
            ["server_owner", "identifier", "internal_id", "uuid", "name", "node", "is_node_under_maintenance", "sftp_details", "description",
             "limits", "invocation", "docker_image", "egg_features", "feature_limits", "status", "is_suspended", "is_installing",
             "is_transferring", "relationships"], keys);
        Assert.Equal(8, attributes.GetProperty("identifier").GetString()!.Length);
        Assert.Equal(JsonValueKind.Null, attributes.GetProperty("status").ValueKind);
        var allocation = attributes.GetProperty("relationships").GetProperty("allocations").GetProperty("data")[0].GetProperty("attributes");
        Assert.True(allocation.TryGetProperty("ip_alias", out _));
        Assert.True(allocation.GetProperty("port").GetInt32() > 0);
    }

    [Fact]
    public async Task Rejects_an_unknown_filter_with_400()
    {
        await using var panel = await PanelFixture.StartAsync();

        using var response = await panel.GetAsync("/api/client?filter[colour]=red", panel.Panel.OwnerClientKey);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("InvalidFilterQuery", await PanelFixture.BodyAsync(response));
    }

    [Fact]
    public async Task Names_servers_in_non_latin_scripts_and_emoji()
    {
        await using var panel = await PanelFixture.StartAsync(o => o.ServerCount = 16);

        var names = (await panel.JsonAsync("/api/client", panel.Panel.OwnerClientKey)).GetProperty("data").EnumerateArray()
            .Select(s => s.GetProperty("attributes").GetProperty("name").GetString()!).ToList();

        Assert.Contains("東京サーバー", names);
        Assert.Contains("🐉 Dragon Realm", names);
        Assert.Contains("Мир Майнкрафта", names);
    }

    [Fact]
    public async Task Generates_unique_identifiers_for_the_largest_fleet()
    {
        await using var panel = await PanelFixture.StartAsync(o => o.ServerCount = 50_000);

        var identifiers = panel.Panel.Fleet.Servers.Select(s => s.Identifier).ToHashSet();

        Assert.Equal(50_000, identifiers.Count);
    }

    [Fact]
    public async Task Lists_application_servers_without_a_per_page_cap_and_with_page_only_links()
    {
        await using var panel = await PanelFixture.StartAsync(o => o.ServerCount = 250);

        var list = await panel.JsonAsync("/api/application/servers?per_page=200", panel.Panel.AdminApplicationKey);

        Assert.Equal(200, list.GetProperty("data").GetArrayLength());
        var next = list.GetProperty("meta").GetProperty("pagination").GetProperty("links").GetProperty("next").GetString()!;
        Assert.EndsWith("/api/application/servers?page=2", next);
        var nodes = await panel.JsonAsync("/api/application/nodes", panel.Panel.AdminApplicationKey);
        Assert.Equal(3, nodes.GetProperty("data").GetArrayLength());
        Assert.Equal(8443, nodes.GetProperty("data")[0].GetProperty("attributes").GetProperty("daemon_listen").GetInt32());
    }
}

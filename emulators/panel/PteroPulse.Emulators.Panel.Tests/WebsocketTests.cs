using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace PteroPulse.Emulators.Panel.Tests;

/// <summary>§6.7: websocket credentials, a real HS256 JWT signed with the node's token.</summary>
public sealed class WebsocketTests
{
    [Fact]
    public async Task Returns_a_verifiable_ten_minute_token_and_the_nodes_socket_url_without_an_object_key()
    {
        await using var panel = await PanelFixture.StartAsync();
        var server = panel.Panel.Fleet.Servers[0];

        var body = await panel.JsonAsync($"/api/client/servers/{server.Identifier}/websocket", panel.Panel.OwnerClientKey);

        Assert.False(body.TryGetProperty("object", out _));
        var data = body.GetProperty("data");
        Assert.Equal($"wss://{server.Node.Fqdn}:8443/api/servers/{server.Uuid}/ws", data.GetProperty("socket").GetString());
        var parts = data.GetProperty("token").GetString()!.Split('.');
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(server.Node.DaemonToken), Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"));
        Assert.Equal(WebEncoders.Base64UrlEncode(signature), parts[2]);
        var claims = JsonDocument.Parse(WebEncoders.Base64UrlDecode(parts[1])).RootElement;
        var iat = claims.GetProperty("iat").GetInt64();
        Assert.Equal(iat + 600, claims.GetProperty("exp").GetInt64());
        Assert.Equal(iat - 300, claims.GetProperty("nbf").GetInt64());
        Assert.Equal(server.Uuid, claims.GetProperty("server_uuid").GetString());
        Assert.Equal(JsonValueKind.Array, claims.GetProperty("aud").ValueKind);
    }

    [Fact]
    public async Task Lets_a_root_admin_through_while_installing_but_not_while_suspended()
    {
        await using var panel = await PanelFixture.StartAsync();
        var server = panel.Panel.Fleet.Servers[0];
        server.Status = "installing";
        using var installing = await panel.GetAsync($"/api/client/servers/{server.Identifier}/websocket", panel.Panel.AdminClientKey);
        using var ownerInstalling = await panel.GetAsync($"/api/client/servers/{server.Identifier}/websocket", panel.Panel.OwnerClientKey);
        server.Status = "suspended";

        using var suspended = await panel.GetAsync($"/api/client/servers/{server.Identifier}/websocket", panel.Panel.AdminClientKey);

        Assert.Equal(200, (int)installing.StatusCode);
        Assert.Equal(409, (int)ownerInstalling.StatusCode);
        Assert.Equal(409, (int)suspended.StatusCode);
    }
}

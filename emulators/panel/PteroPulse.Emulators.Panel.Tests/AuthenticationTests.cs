using System.Net;

namespace PteroPulse.Emulators.Panel.Tests;

/// <summary>pterodactyl-api.md §1, §5.2, §8: keys, the Accept header and the middleware order.</summary>
public sealed class AuthenticationTests
{
    [Fact]
    public async Task Answers_401_json_without_rate_limit_headers_when_the_key_is_unknown()
    {
        await using var panel = await PanelFixture.StartAsync();

        using var response = await panel.GetAsync("/api/client", "ptlc_doesnotexist_fake_key");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("""{"errors":[{"code":"AuthenticationException","status":"401","detail":"Unauthenticated."}]}""", await PanelFixture.BodyAsync(response));
        Assert.False(response.Headers.Contains("X-RateLimit-Limit"));
    }

    [Fact]
    public async Task Redirects_to_the_login_page_when_the_accept_header_does_not_ask_for_json()
    {
        await using var panel = await PanelFixture.StartAsync();

        using var response = await panel.GetAsync("/api/client", null, accept: "");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("/auth/login", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Accepts_the_legacy_pterodactyl_vendor_accept_type()
    {
        await using var panel = await PanelFixture.StartAsync();

        using var response = await panel.GetAsync("/api/client/account", panel.Panel.AdminClientKey, "Application/vnd.pterodactyl.v1+json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Refuses_an_application_key_on_the_client_api_with_the_exact_message_and_rate_limit_headers()
    {
        await using var panel = await PanelFixture.StartAsync();

        using var response = await panel.GetAsync("/api/client", panel.Panel.AdminApplicationKey);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var error = (await PanelFixture.ReadAsync(response)).GetProperty("errors")[0];
        Assert.Equal("AccessDeniedHttpException", error.GetProperty("code").GetString());
        Assert.Equal("403", error.GetProperty("status").GetString());
        Assert.Equal("You are attempting to use an application API key on an endpoint that requires a client API key.", error.GetProperty("detail").GetString());
        Assert.True(response.Headers.Contains("X-RateLimit-Remaining"));
    }

    [Fact]
    public async Task Refuses_a_non_admin_on_the_application_api_but_accepts_a_root_admins_client_key()
    {
        await using var panel = await PanelFixture.StartAsync();

        using var owner = await panel.GetAsync("/api/application/servers", panel.Panel.OwnerClientKey);
        using var admin = await panel.GetAsync("/api/application/servers", panel.Panel.AdminClientKey);

        Assert.Equal(HttpStatusCode.Forbidden, owner.StatusCode);
        Assert.Contains("This account does not have permission to access the API.", await PanelFixture.BodyAsync(owner));
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public async Task Keys_are_48_characters_with_the_flavours_prefixes()
    {
        await using var pterodactyl = await PanelFixture.StartAsync();
        await using var pelican = await PanelFixture.StartAsync(o => o.Flavor = PanelFlavor.Pelican);

        Assert.StartsWith("ptlc_", pterodactyl.Panel.AdminClientKey);
        Assert.StartsWith("ptla_", pterodactyl.Panel.AdminApplicationKey);
        Assert.StartsWith("pacc_", pelican.Panel.AdminClientKey);
        Assert.StartsWith("papp_", pelican.Panel.AdminApplicationKey);
        Assert.All(pterodactyl.Panel.Fleet.Keys, k => Assert.Equal(48, k.Token.Length));
    }

    [Fact]
    public async Task Answers_unknown_api_routes_with_the_route_not_found_message()
    {
        await using var panel = await PanelFixture.StartAsync();

        using var response = await panel.GetAsync("/api/client/foo", panel.Panel.AdminClientKey);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("The route api/client/foo could not be found.", await PanelFixture.BodyAsync(response));
    }

    [Fact]
    public async Task Hides_the_control_endpoints_without_the_control_token()
    {
        await using var panel = await PanelFixture.StartAsync();

        using var response = await panel.GetAsync("/_emulator/keys", panel.Panel.AdminClientKey);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Answers_a_wrong_method_with_405_naming_the_supported_ones()
    {
        await using var panel = await PanelFixture.StartAsync();
        var id = panel.Panel.Fleet.Servers[0].Identifier;

        using var response = await panel.GetAsync($"/api/client/servers/{id}/power", panel.Panel.OwnerClientKey);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains($"The GET method is not supported for route api/client/servers/{id}/power. Supported methods: POST.", await PanelFixture.BodyAsync(response));
    }
}

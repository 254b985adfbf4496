using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using PteroPulse.Emulators.Panel;
using PteroPulse.Emulators.Panel.Http;
using PteroPulse.Emulators.Panel.Model;
using PteroPulse.Poller.Pterodactyl;
using PteroPulse.Poller.Tests.Support;

namespace PteroPulse.Poller.Tests.Pterodactyl;

/// <summary>Every typed result, each produced by the emulator behaving as the real panel does.</summary>
public sealed class PterodactylClientTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reads_resources_of_a_running_server_as_ok()
    {
        await using var panel = await StartAsync(o => o.RunningFraction = 1);
        using var client = Client(panel, panel.Host.Panel.AdminClientKey);

        var result = await client.GetResourcesAsync(panel.Host.Panel.Fleet.Servers[0].Identifier, Token);

        Assert.Equal(PanelOutcome.Ok, result.Outcome);
        Assert.Equal("running", result.Value!.State);
        Assert.True(result.Value.UptimeMilliseconds > 0);
    }

    [Fact]
    public async Task Reports_unauthorized_when_the_key_is_unknown()
    {
        await using var panel = await StartAsync();
        using var client = Client(panel, "ptlc_revoked_fake_key");

        var result = await client.GetAccountAsync(Token);

        Assert.Equal(PanelOutcome.Unauthorized, result.Outcome);
    }

    [Fact]
    public async Task Reports_the_wrong_key_type_for_an_application_key()
    {
        await using var panel = await StartAsync();
        using var client = Client(panel, panel.Host.Panel.AdminApplicationKey);

        var result = await client.ListServersAsync(adminAll: true, Token);

        Assert.Equal(PanelOutcome.WrongKeyType, result.Outcome);
        Assert.Contains("application API key", result.Detail);
    }

    [Fact]
    public async Task Reports_not_found_for_an_unknown_server()
    {
        await using var panel = await StartAsync();
        using var client = Client(panel, panel.Host.Panel.AdminClientKey);

        var result = await client.GetResourcesAsync("deadbeef", Token);

        Assert.Equal(PanelOutcome.NotFound, result.Outcome);
    }

    [Theory]
    [InlineData("suspended", PanelConflict.Suspended)]
    [InlineData("installing", PanelConflict.Installing)]
    [InlineData("restoring_backup", PanelConflict.Restoring)]
    public async Task Reports_a_conflict_with_its_reason_and_the_panels_words(string status, PanelConflict expected)
    {
        await using var panel = await StartAsync();
        var server = panel.Host.Panel.Fleet.Servers[0];
        server.Status = status;
        using var client = Client(panel, panel.Host.Panel.AdminClientKey);

        var result = await client.GetResourcesAsync(server.Identifier, Token);

        Assert.Equal(PanelOutcome.Conflict, result.Outcome);
        Assert.Equal(expected, result.Conflict);
        Assert.EndsWith(".", result.Detail);
    }

    [Fact]
    public async Task Reports_node_maintenance_and_transfers_as_conflicts()
    {
        await using var panel = await StartAsync();
        var inMaintenance = panel.Host.Panel.Fleet.Servers[0];
        var moving = panel.Host.Panel.Fleet.Servers[1];
        inMaintenance.Node.MaintenanceMode = true;
        moving.IsTransferring = true;
        using var client = Client(panel, panel.Host.Panel.AdminClientKey);

        var maintenance = await client.GetResourcesAsync(inMaintenance.Identifier, Token);
        var transfer = await client.GetResourcesAsync(moving.Identifier, Token);

        Assert.Equal(PanelConflict.NodeMaintenance, maintenance.Conflict);
        Assert.Equal(PanelConflict.Transferring, transfer.Conflict);
    }

    [Fact]
    public async Task Reports_node_unreachable_when_the_node_is_offline()
    {
        await using var panel = await StartAsync();
        var server = panel.Host.Panel.Fleet.Servers[0];
        server.Node.Fault = NodeFault.Offline;
        using var client = Client(panel, panel.Host.Panel.AdminClientKey);

        var result = await client.GetResourcesAsync(server.Identifier, Token);

        Assert.Equal(PanelOutcome.NodeUnreachable, result.Outcome);
        Assert.Equal(504, result.StatusCode);
    }

    [Fact]
    public async Task Reports_node_unreachable_for_pelicans_missing_state()
    {
        await using var panel = await StartAsync(o => o.Flavor = PanelFlavor.Pelican);
        var server = panel.Host.Panel.Fleet.Servers[0];
        server.Node.Fault = NodeFault.Offline;
        server.Node.FaultDelay = TimeSpan.Zero;
        using var client = Client(panel, panel.Host.Panel.AdminClientKey);

        var result = await client.GetResourcesAsync(server.Identifier, Token);

        Assert.Equal(PanelOutcome.NodeUnreachable, result.Outcome);
    }

    [Fact]
    public async Task Reports_a_node_error_when_wings_answers_with_an_error()
    {
        await using var panel = await StartAsync();
        var server = panel.Host.Panel.Fleet.Servers[0];
        server.Node.Fault = NodeFault.WingsError;
        using var client = Client(panel, panel.Host.Panel.AdminClientKey);

        var result = await client.GetResourcesAsync(server.Identifier, Token);

        Assert.Equal(PanelOutcome.NodeError, result.Outcome);
        Assert.Contains("(code: 500)", result.Detail);
    }

    [Fact]
    public async Task Reports_rate_limited_with_retry_after_when_someone_else_spent_the_bucket()
    {
        await using var panel = await StartAsync(o => o.ClientRateLimit = 3);
        var key = panel.Host.Panel.AdminClientKey;
        using var browser = new HttpClient { BaseAddress = panel.Host.BaseUrl };
        browser.DefaultRequestHeaders.Authorization = new("Bearer", key);
        browser.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        for (var i = 0; i < 3; i++)
        {
            using var spent = await browser.GetAsync("/api/client/account", Token);
        }

        using var client = Client(panel, key);

        var result = await client.GetAccountAsync(Token);

        Assert.Equal(PanelOutcome.RateLimited, result.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(60), result.RetryAfter);
    }

    [Fact]
    public async Task Reports_the_panel_unreachable_when_nothing_listens()
    {
        var panel = await StartAsync();
        var url = panel.Host.BaseUrl;
        await panel.DisposeAsync();
        var (client, _, _) = PanelClients.Create(PanelClients.Options(url, "ptlc_x"), panel.Time);
        using var disposable = client;

        var result = await client.GetAccountAsync(Token);

        Assert.Equal(PanelOutcome.PanelUnreachable, result.Outcome);
    }

    [Fact]
    public async Task Reports_not_json_and_names_cloudflare_when_cloudflare_answers()
    {
        await using var panel = await StartAsync();
        panel.Host.Panel.Faults.Set(InfrastructureFault.CloudflareChallenge);
        using var client = Client(panel, panel.Host.Panel.AdminClientKey);

        var result = await client.GetAccountAsync(Token);

        Assert.Equal(PanelOutcome.NotJson, result.Outcome);
        Assert.Contains("Cloudflare", result.Detail);
    }

    [Fact]
    public async Task Reports_not_json_for_a_truncated_body()
    {
        await using var panel = await StartAsync();
        panel.Host.Panel.Faults.Set(InfrastructureFault.MalformedJson);
        using var client = Client(panel, panel.Host.Panel.AdminClientKey);

        var result = await client.ListServersAsync(adminAll: true, Token);

        Assert.Equal(PanelOutcome.NotJson, result.Outcome);
    }

    [Fact]
    public async Task Reports_a_panel_error_for_a_500()
    {
        await using var panel = await StartAsync();
        panel.Host.Panel.Faults.Set(InfrastructureFault.ServerError);
        using var client = Client(panel, panel.Host.Panel.AdminClientKey);

        var result = await client.GetAccountAsync(Token);

        Assert.Equal(PanelOutcome.PanelError, result.Outcome);
    }

    [Fact]
    public async Task Reports_server_not_running_for_a_command_to_an_offline_server_and_invalid_for_a_bad_signal()
    {
        await using var panel = await StartAsync(o => o.RunningFraction = 0);
        var id = panel.Host.Panel.Fleet.Servers[0].Identifier;
        using var client = Client(panel, panel.Host.Panel.AdminClientKey);

        var command = await client.SendCommandAsync(id, "say hi", Token);
        var signal = await client.SendPowerSignalAsync(id, "explode", Token);

        Assert.Equal(PanelOutcome.ServerNotRunning, command.Outcome);
        Assert.Equal(PanelOutcome.Invalid, signal.Outcome);
    }

    [Fact]
    public async Task Gets_websocket_credentials()
    {
        await using var panel = await StartAsync();
        var server = panel.Host.Panel.Fleet.Servers[0];
        using var client = Client(panel, panel.Host.Panel.AdminClientKey);

        var result = await client.GetWebsocketCredentialsAsync(server.Identifier, Token);

        Assert.Equal(PanelOutcome.Ok, result.Outcome);
        Assert.Equal("wss", result.Value!.Socket.Scheme);
        Assert.Equal(3, result.Value.Token.Split('.').Length);
    }

    [Fact]
    public async Task Retries_a_5xx_with_backoff_and_then_succeeds()
    {
        await using var panel = await StartAsync();
        panel.Host.Panel.Faults.Set(InfrastructureFault.ServerError, requests: 2);
        var (client, _, _) = PanelClients.Create(PanelClients.Options(panel.Host.BaseUrl, panel.Host.Panel.AdminClientKey, o => o.MaxRetries = 2), panel.Time);
        using var disposable = client;

        var result = await panel.Time.RunAsync(client.GetAccountAsync(Token), panel.Host.Panel);

        Assert.Equal(PanelOutcome.Ok, result.Outcome);
        Assert.Equal(3, panel.Host.Panel.Requests.Total);
    }

    [Fact]
    public async Task Never_retries_a_4xx()
    {
        await using var panel = await StartAsync();
        var server = panel.Host.Panel.Fleet.Servers[0];
        server.Status = "suspended";
        var (client, _, _) = PanelClients.Create(PanelClients.Options(panel.Host.BaseUrl, panel.Host.Panel.AdminClientKey, o => o.MaxRetries = 3), panel.Time);
        using var disposable = client;

        var result = await client.GetResourcesAsync(server.Identifier, Token);

        Assert.Equal(PanelOutcome.Conflict, result.Outcome);
        Assert.Equal(1, panel.Host.Panel.Requests.Total);
    }

    [Fact]
    public async Task Finds_every_server_of_a_1200_server_fleet_across_pages_and_keeps_non_latin_names_intact()
    {
        await using var panel = await StartAsync(o => o.ServerCount = 1_200);
        using var client = Client(panel, panel.Host.Panel.AdminClientKey);

        var result = await client.ListServersAsync(adminAll: true, Token);

        Assert.Equal(PanelOutcome.Ok, result.Outcome);
        var expected = panel.Host.Panel.Fleet.Servers.ToDictionary(s => s.Identifier, s => s.Name);
        Assert.Equal(1_200, result.Value!.Count);
        Assert.All(result.Value, s => Assert.Equal(expected[s.Identifier], s.Name));
        Assert.Contains(result.Value, s => s.Name == "東京サーバー");
        Assert.Contains(result.Value, s => s.Name.StartsWith("🐉 Dragon Realm", StringComparison.Ordinal));
        Assert.Equal(12, panel.Host.Panel.Requests.Total);
    }

    /// <summary>The client paces on the real clock here (the emulator's stays fake): a few requests 0.1 s apart.</summary>
    [Fact]
    public async Task Never_writes_the_key_to_the_logs()
    {
        await using var panel = await StartAsync(o => o.ClientRateLimit = 1);
        var key = panel.Host.Panel.AdminClientKey;
        using var browser = new HttpClient { BaseAddress = panel.Host.BaseUrl };
        browser.DefaultRequestHeaders.Authorization = new("Bearer", key);
        browser.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        using var spent = await browser.GetAsync("/api/client/account", Token);
        var logs = new FakeLogger<PterodactylClient>();
        var (client, _, _) = PanelClients.Create(PanelClients.Options(panel.Host.BaseUrl, key), TimeProvider.System, logs);
        using var disposable = client;

        var refused = await client.GetAccountAsync(Token);

        Assert.Equal(PanelOutcome.RateLimited, refused.Outcome);
        var entries = logs.Collector.GetSnapshot();
        Assert.NotEmpty(entries);
        Assert.DoesNotContain(entries, l => l.Message.Contains(key[16..], StringComparison.Ordinal));
    }

    private static PterodactylClient Client(EmulatedPanel panel, string key) =>
        PanelClients.Create(PanelClients.Options(panel.Host.BaseUrl, key), TimeProvider.System).Client;

    private static async Task<EmulatedPanel> StartAsync(Action<PanelEmulatorOptions>? configure = null)
    {
        var time = FakeClock.Create();
        return new EmulatedPanel(await PanelEmulatorHost.StartAsync(configure, time, cancellationToken: Token), time);
    }
}

internal sealed record EmulatedPanel(PanelEmulatorHost Host, FakeTimeProvider Time) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Host.DisposeAsync();
}

using Microsoft.Extensions.Diagnostics.HealthChecks;
using PteroPulse.Emulators.Panel;
using PteroPulse.Poller.Health;
using PteroPulse.Poller.Tests.Support;

namespace PteroPulse.Poller.Tests.Service;

/// <summary>/readyz: the panel reachable and the key valid.</summary>
public sealed class ReadinessTests
{
    [Fact]
    public async Task Is_ready_when_the_panel_accepts_the_key()
    {
        await using var emulator = await PanelEmulatorHost.StartAsync(cancellationToken: TestContext.Current.CancellationToken);

        var result = await Check(emulator.BaseUrl, emulator.Panel.AdminClientKey);

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    [Fact]
    public async Task Is_not_ready_and_says_why_when_the_key_is_refused()
    {
        await using var emulator = await PanelEmulatorHost.StartAsync(cancellationToken: TestContext.Current.CancellationToken);

        var revoked = await Check(emulator.BaseUrl, "ptlc_revoked_fake_key");
        var application = await Check(emulator.BaseUrl, emulator.Panel.AdminApplicationKey);

        Assert.Equal(HealthStatus.Unhealthy, revoked.Status);
        Assert.Contains("401", revoked.Description);
        Assert.Equal(HealthStatus.Unhealthy, application.Status);
        Assert.Contains("application key", application.Description);
    }

    [Fact]
    public async Task Is_not_ready_when_the_panel_is_unreachable()
    {
        var emulator = await PanelEmulatorHost.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var url = emulator.BaseUrl;
        await emulator.DisposeAsync();

        var result = await Check(url, "ptlc_x");

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("unreachable", result.Description);
    }

    private static Task<HealthCheckResult> Check(Uri url, string key)
    {
        var (client, _, health) = PanelClients.Create(PanelClients.Options(url, key), TimeProvider.System);
        var check = new PanelReadinessCheck(health, client, TimeProvider.System);
        return check.CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);
    }
}

using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace PteroPulse.Emulators.Panel;

/// <summary>
/// An emulated panel on its own Kestrel listener, for tests, benchmarks and a demo mode: pick the port (0 = any
/// free one), the fleet and the clock, then point a poller at <see cref="BaseUrl"/>.
/// </summary>
public sealed class PanelEmulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PanelEmulatorHost(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
        Panel = app.Services.GetRequiredService<PanelEmulator>();
    }

    public Uri BaseUrl { get; }

    public PanelEmulator Panel { get; }

    public static async Task<PanelEmulatorHost> StartAsync(
        Action<PanelEmulatorOptions>? configure = null, TimeProvider? time = null, int port = 0, string bindAddress = "127.0.0.1",
        CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://{bindAddress}:{port}");
        builder.Services.AddSingleton(time ?? TimeProvider.System);
        builder.Services.AddPanelEmulator(configure);
        var app = builder.Build();
        app.MapPanelEmulator();
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PanelEmulatorHost(app, new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

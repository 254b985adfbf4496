using PteroPulse.Emulators.Discord.Control;

namespace PteroPulse.Emulators.Discord.Hosting;

/// <summary>
/// Runs an emulator inside another process (tests, the standalone host's demo mode) on its own Kestrel port.
/// </summary>
public sealed class DiscordEmulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DiscordEmulatorHost(WebApplication app)
    {
        _app = app;
        Urls = app.Services.GetRequiredService<EmulatorUrls>();
        Control = app.Services.GetRequiredService<EmulatorControl>();
        Options = app.Services.GetRequiredService<DiscordEmulatorOptions>();
        PublicKeyHex = app.Services.GetRequiredService<Interactions.InteractionSigner>().PublicKeyHex;
    }

    /// <summary>The application's Ed25519 public key (hex), what a bot verifies HTTP interactions with.</summary>
    public string PublicKeyHex { get; }

    public EmulatorUrls Urls { get; }

    /// <summary>Base URL of the REST API, e.g. http://127.0.0.1:5123/api/v10.</summary>
    public string ApiUrl => Urls.ApiUrl;

    public string GatewayUrl => Urls.GatewayUrl;

    public string BaseUrl => Urls.BaseUrl;

    public EmulatorControl Control { get; }

    public DiscordEmulatorOptions Options { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Starts an emulator configured from a "DiscordEmulator"-shaped configuration section (e.g. the demo host's).</summary>
    public static Task<DiscordEmulatorHost> StartAsync(IConfiguration section, CancellationToken cancellationToken = default)
    {
        var options = new DiscordEmulatorOptions();
        section.Bind(options);
        return StartAsync(options, cancellationToken);
    }

    public static async Task<DiscordEmulatorHost> StartAsync(DiscordEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new DiscordEmulatorOptions();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(DiscordEmulatorHost).Assembly.GetName().Name });
        builder.WebHost.UseUrls($"http://{options.BindAddress}:{options.Port}");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddDiscordEmulator(options);
        var app = builder.Build();
        app.MapDiscordEmulator();
        await app.StartAsync(cancellationToken);
        return new DiscordEmulatorHost(app);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}

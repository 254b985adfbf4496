using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PteroPulse.Discord.Gateway;
using PteroPulse.Discord.Hosting;
using PteroPulse.Discord.Rest;
using PteroPulse.Emulators.Discord.Hosting;
using PteroPulse.Emulators.Discord.Seeding;

namespace PteroPulse.Discord.Tests.Support;

/// <summary>
/// A fresh Discord emulator plus a bot host wired with this library against it (REST, interactions, optionally the
/// gateway and the HTTP interactions endpoint on a real loopback port).
/// </summary>
internal sealed class EmulatorBot : IAsyncDisposable
{
    private EmulatorBot(DiscordEmulatorHost emulator, WebApplication app)
    {
        Emulator = emulator;
        App = app;
    }

    public DiscordEmulatorHost Emulator { get; }
    public WebApplication App { get; }
    public IDiscordRestClient Rest => App.Services.GetRequiredService<IDiscordRestClient>();
    public IDiscordGatewayClient Gateway => App.Services.GetRequiredService<IDiscordGatewayClient>();

    /// <summary>The bot's own address (for the HTTP interactions endpoint).</summary>
    public string Url => App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    public static async Task<EmulatorBot> StartAsync(
        Action<DiscordEmulatorOptions>? emulator = null,
        Action<IServiceCollection>? services = null,
        bool gateway = false,
        bool httpInteractions = false,
        string? botToken = null)
    {
        var options = new DiscordEmulatorOptions();
        emulator?.Invoke(options);
        var host = await DiscordEmulatorHost.StartAsync(options, TestContext.Current.CancellationToken);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddDiscordInteractions(o =>
        {
            o.PublicKey = host.PublicKeyHex;
            o.RegisterCommands = false;
            o.CommandGuildIds = [DefaultSeed.GuildId];
        });
        builder.Services.ConfigureDiscordRest(o =>
        {
            o.Token = botToken ?? options.BotToken;
            o.RestBaseUrl = host.ApiUrl;
        });
        if (gateway)
        {
            builder.Services.AddDiscordGateway(o =>
            {
                o.Url = host.GatewayUrl;
                o.ReconnectDelay = TimeSpan.FromMilliseconds(100);
                o.InvalidSessionDelay = TimeSpan.FromMilliseconds(500);
            });
        }

        services?.Invoke(builder.Services);
        var app = builder.Build();
        if (httpInteractions)
        {
            app.MapDiscordInteractions();
        }

        try
        {
            await app.StartAsync(TestContext.Current.CancellationToken);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        return new EmulatorBot(host, app);
    }

    /// <summary>Every request the library sent passed Discord's OpenAPI schema (plus the emulator's extra rules) with no unknown fields.</summary>
    public void AssertEveryRequestPassedValidation()
    {
        var requests = Emulator.Control.Requests;
        Assert.NotEmpty(requests);
        Assert.All(requests, r =>
        {
            Assert.True(r.ErrorCode is not 50035 and not 50006 and not 50109, $"{r.Method} {r.RouteTemplate} failed validation ({r.ErrorCode}): {r.Body?.ToJsonString()}");
            Assert.True(r.UnknownFields.Count == 0, $"{r.Method} {r.RouteTemplate} sent unknown fields: {string.Join(", ", r.UnknownFields)}");
        });
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync(CancellationToken.None);
        await App.DisposeAsync();
        await Emulator.DisposeAsync();
    }
}

using System.Globalization;
using PteroPulse.Emulators.Discord.Hosting;
using PteroPulse.Emulators.Discord.Seeding;
using PteroPulse.Emulators.Panel;
using PteroPulse.TestSupport;

namespace PteroPulse.IntegrationTests.Infrastructure;

/// <summary>
/// What a service needs around it to start for real: the test broker, and the emulated panel or Discord where the
/// service talks to one (their readiness includes the panel key and the Discord session).
/// </summary>
internal sealed class ServiceEnvironment : IAsyncDisposable
{
    private PanelEmulatorHost? _panel;
    private DiscordEmulatorHost? _discord;

    private ServiceEnvironment(Dictionary<string, string> variables) => Variables = variables;

    public Dictionary<string, string> Variables { get; }

    public static async Task<ServiceEnvironment> StartAsync(ServiceUnderTest service, string rabbitHost, int rabbitPort)
    {
        var environment = new ServiceEnvironment(new Dictionary<string, string>
        {
            ["RabbitMq__Host"] = rabbitHost,
            ["RabbitMq__Port"] = rabbitPort.ToString(CultureInfo.InvariantCulture),
            ["RabbitMq__StartTimeout"] = "00:00:30",
            ["OTEL_SERVICE_NAME"] = service.Name,
        });
        if (service == ServiceUnderTest.Poller)
        {
            await environment.StartPanelAsync();
        }

        if (service == ServiceUnderTest.DiscordGateway)
        {
            await environment.StartDiscordAsync();
        }

        return environment;
    }

    public static Task<ServiceEnvironment> StartAsync(ServiceUnderTest service, RabbitMqFixture rabbit) =>
        StartAsync(service, rabbit.Host, rabbit.Port);

    private async Task StartPanelAsync()
    {
        _panel = await PanelEmulatorHost.StartAsync(o => o.ServerCount = 3);
        Variables["Pterodactyl__Url"] = _panel.BaseUrl.ToString();
        Variables["Pterodactyl__ApiKey"] = _panel.Panel.AdminClientKey;
    }

    private async Task StartDiscordAsync()
    {
        _discord = await DiscordEmulatorHost.StartAsync();
        Variables["Discord__Token"] = _discord.Options.BotToken;
        Variables["Discord__ApplicationId"] = _discord.Options.ApplicationId.ToString(CultureInfo.InvariantCulture);
        Variables["Discord__RestBaseUrl"] = _discord.ApiUrl + "/";
        Variables["Discord__Gateway__Url"] = _discord.GatewayUrl;
        Variables["Discord__GuildIds__0"] = DefaultSeed.GuildId.ToString(CultureInfo.InvariantCulture);
        Variables["Discord__EmbedLocationsFile"] = Path.Combine(Path.GetTempPath(), $"pteropulse-it-{Guid.NewGuid():N}.json");
    }

    public async ValueTask DisposeAsync()
    {
        if (_panel is not null)
        {
            await _panel.DisposeAsync();
        }

        if (_discord is not null)
        {
            await _discord.DisposeAsync();
        }
    }
}

using System.Globalization;
using PteroPulse.Emulators.Discord.Control;
using PteroPulse.Emulators.Discord.Hosting;
using PteroPulse.Emulators.Panel;
using PteroPulse.Emulators.Panel.Model;

namespace PteroPulse.Standalone.Demo;

/// <summary>
/// The two emulators the demo runs in this process, the data folder it writes to, and the configuration that points
/// the four services at them. Disposing stops both emulators and deletes the data folder.
/// </summary>
public sealed class DemoEnvironment : IAsyncDisposable
{
    private DemoEnvironment(DemoOptions options, DiscordEmulatorHost discord, PanelEmulatorHost panel, string dataDirectory)
    {
        Options = options;
        Discord = discord;
        Panel = panel;
        DataDirectory = dataDirectory;
        Cast = DemoCast.Choose(panel.Panel, options.StatusEmbeds);
    }

    public DemoOptions Options { get; }

    public DiscordEmulatorHost Discord { get; }

    public PanelEmulatorHost Panel { get; }

    public EmulatorControl Control => Discord.Control;

    public string DataDirectory { get; }

    /// <summary>Which servers get status embeds, which one crashes, which node goes down.</summary>
    public DemoCast Cast { get; }

    /// <summary>The viewer on the status channel, acting as the admin (who may use every command and button).</summary>
    public string ViewerUrl =>
        $"{Discord.Urls.ViewerUrl}?channel={Id(DemoWorld.StatusChannelId)}&member={Id(DemoWorld.AdminUserId)}";

    public static async Task<DemoEnvironment> StartAsync(DemoOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var discord = await DiscordEmulatorHost.StartAsync(new DiscordEmulatorOptions
        {
            Port = options.DiscordPort,
            Seed = DemoWorld.Seed(),
            BotUsername = "PteroPulse",
        }, cancellationToken);
        try
        {
            var panel = await PanelEmulatorHost.StartAsync(panel => ConfigurePanel(panel, options), port: options.PanelPort, cancellationToken: cancellationToken);
            var data = Directory.CreateTempSubdirectory("pteropulse-demo-").FullName;
            return new DemoEnvironment(options, discord, panel, data);
        }
        catch
        {
            await discord.DisposeAsync();
            throw;
        }
    }

    /// <summary>Everything the four services need to talk to the emulators; added on top of the user's configuration.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["Discord:Token"] = Discord.Options.BotToken,
        ["Discord:ApplicationId"] = Id(Discord.Options.ApplicationId),
        ["Discord:RestBaseUrl"] = Discord.ApiUrl + "/",
        ["Discord:Gateway:Url"] = Discord.GatewayUrl,
        ["Discord:GuildIds:0"] = Id(DemoWorld.GuildId),
        ["Discord:AdminRoleIds:0"] = Id(DemoWorld.AdminRoleId),
        ["Discord:PowerRoles:Start:0"] = Id(DemoWorld.OperatorRoleId),
        ["Discord:PowerRoles:Restart:0"] = Id(DemoWorld.OperatorRoleId),
        ["Discord:AuditChannelId"] = Id(DemoWorld.AuditChannelId),
        ["Discord:Alerts:ChannelId"] = Id(DemoWorld.AlertChannelId),
        ["Discord:Alerts:UnreachableAfter"] = "00:00:30",
        ["Discord:EmbedLocationsFile"] = Path.Combine(DataDirectory, "embed-locations.json"),
        ["Discord:PowerCooldown"] = "00:00:03",
        ["Pterodactyl:Url"] = Panel.BaseUrl.ToString(),
        ["Pterodactyl:ApiKey"] = Panel.Panel.AdminClientKey,
        ["Pterodactyl:PollInterval"] = "00:00:05",
        ["Pterodactyl:ServerListRefreshInterval"] = "00:00:30",
        ["Pterodactyl:PowerFollowUpInterval"] = "00:00:01",
        ["UpdatePolicy:RefreshInterval"] = "00:00:10",

        // The console is for the demo's own lines (the viewer URL); the services speak up only when something is wrong.
        ["Logging:LogLevel:Default"] = "Warning",

        // The flaky node's outage is staged; a warning per server per poll would bury the viewer's URL.
        ["Logging:LogLevel:PteroPulse.Poller.Polling.ServerSampler"] = "Error",
    };

    public async ValueTask DisposeAsync()
    {
        await Panel.DisposeAsync();
        await Discord.DisposeAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open at exit stays in the temp folder; nothing else depends on it.
        }
    }

    /// <summary>A lively panel: short start/stop times and a 2 s resources cache, so graphs move between polls.</summary>
    private static void ConfigurePanel(PanelEmulatorOptions panel, DemoOptions options)
    {
        panel.ServerCount = options.ServerCount;
        panel.NodeCount = options.NodeCount;
        panel.RunningFraction = 0.75;
        panel.StartDuration = TimeSpan.FromSeconds(4);
        panel.StopDuration = TimeSpan.FromSeconds(2);
        panel.ResourceCacheDuration = TimeSpan.FromSeconds(2);
        panel.ClientRateLimit = 5_000;
    }

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);
}

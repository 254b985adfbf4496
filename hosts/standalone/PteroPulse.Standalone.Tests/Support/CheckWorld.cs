using System.Globalization;
using PteroPulse.Emulators.Discord.Hosting;
using PteroPulse.Emulators.Panel;
using PteroPulse.Standalone.Check;
using PteroPulse.Standalone.Demo;

namespace PteroPulse.Standalone.Tests.Support;

/// <summary>Both emulators in-process with the demo's guild, and a configuration for --check that points at them.</summary>
internal sealed class CheckWorld : IAsyncDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pteropulse-check-test-").FullName;

    private CheckWorld(DiscordEmulatorHost discord, PanelEmulatorHost panel)
    {
        Discord = discord;
        Panel = panel;
        Settings = new Dictionary<string, string>
        {
            ["Pterodactyl:Url"] = panel.BaseUrl.ToString(),
            ["Pterodactyl:ApiKey"] = panel.Panel.AdminClientKey,
            ["Discord:Token"] = discord.Options.BotToken,
            ["Discord:ApplicationId"] = Id(discord.Options.ApplicationId),
            ["Discord:RestBaseUrl"] = discord.ApiUrl + "/",
            ["Discord:Gateway:Url"] = discord.GatewayUrl,
            ["Discord:GuildIds:0"] = Id(DemoWorld.GuildId),
            ["Discord:AuditChannelId"] = Id(DemoWorld.AuditChannelId),
            ["Discord:Alerts:ChannelId"] = Id(DemoWorld.AlertChannelId),
            ["Discord:EmbedLocationsFile"] = Path.Combine(_directory, "data", "embed-locations.json"),
        };
    }

    public DiscordEmulatorHost Discord { get; }

    public PanelEmulatorHost Panel { get; }

    /// <summary>A configuration that passes every check; tests change one value to break one thing.</summary>
    public Dictionary<string, string> Settings { get; }

    public static async Task<CheckWorld> StartAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        var discord = await DiscordEmulatorHost.StartAsync(new DiscordEmulatorOptions { Seed = DemoWorld.Seed() }, ct);
        var panel = await PanelEmulatorHost.StartAsync(o =>
        {
            o.ServerCount = 5;
            o.NodeCount = 1;
        }, cancellationToken: ct);
        return new CheckWorld(discord, panel);
    }

    /// <summary>Runs --check in-process with the settings as command-line arguments, as a user would pass them.</summary>
    public async Task<(int ExitCode, string Output)> CheckAsync()
    {
        using var output = new StringWriter();
        var args = Settings.Select(kv => $"--{kv.Key}={kv.Value}").ToList();
        var exitCode = await CheckCommand.RunAsync(args, output, TestContext.Current.CancellationToken);
        return (exitCode, output.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        await Panel.DisposeAsync();
        await Discord.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);
}

using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PteroPulse.DiscordGateway.Extensions;
using PteroPulse.Emulators.Discord.Control;
using PteroPulse.Emulators.Discord.Hosting;
using PteroPulse.Emulators.Discord.Interactions;
using PteroPulse.Emulators.Panel;
using PteroPulse.Metrics.Extensions;
using PteroPulse.Poller.Extensions;
using PteroPulse.Renderer.Extensions;

namespace PteroPulse.DiscordGateway.Tests.Integration.Support;

/// <summary>
/// Both emulators and all four services in one process on the in-memory bus (as the standalone host runs them), with
/// the embed locations in a JSON file that outlives <see cref="StopAppAsync"/> so a restart can be tested.
/// </summary>
internal sealed class Stack : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    private readonly string _directory = Directory.CreateTempSubdirectory("pteropulse-gateway-it-").FullName;
    private IHost? _app;
    private IHost? _backend;

    private Stack(DiscordEmulatorHost discord, PanelEmulatorHost panel, StackOptions options)
    {
        Discord = discord;
        Panel = panel;
        Options = options;
    }

    public DiscordEmulatorHost Discord { get; }

    public PanelEmulatorHost Panel { get; }

    public StackOptions Options { get; }

    public CapturedLogs Logs { get; } = new();

    public EmulatorControl Control => Discord.Control;

    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("The app is not running.");

    public string EmbedFile => Path.Combine(_directory, "embed-locations.json");

    public static async Task<Stack> StartAsync(Action<StackOptions>? configure = null)
    {
        var options = new StackOptions();
        configure?.Invoke(options);
        var ct = TestContext.Current.CancellationToken;
        var discordOptions = new DiscordEmulatorOptions { Seed = World.Seed() };
        options.ConfigureDiscord?.Invoke(discordOptions);
        var discord = await DiscordEmulatorHost.StartAsync(discordOptions, ct);
        var panel = await PanelEmulatorHost.StartAsync(o =>
        {
            o.ServerCount = 3;
            o.NodeCount = 1;
            o.RunningFraction = 1.0;
            o.StartDuration = TimeSpan.FromSeconds(2);
            o.StopDuration = TimeSpan.FromSeconds(1);
            o.ResourceCacheDuration = TimeSpan.Zero;
            o.Seed = options.PanelSeed;
        }, cancellationToken: ct);
        var stack = new Stack(discord, panel, options);
        await stack.StartAppAsync();
        return stack;
    }

    /// <summary>
    /// Starts the services: all four in one host, or with <see cref="StackOptions.SplitGateway"/> the gateway in a host of
    /// its own beside a backend host (poller, metrics, renderer) that a gateway restart leaves running.
    /// </summary>
    public async Task StartAppAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        if (Options.SplitGateway && _backend is null)
        {
            _backend = BuildHost(gateway: false, backend: true);
            await _backend.StartAsync(ct);
        }

        _app = BuildHost(gateway: true, backend: !Options.SplitGateway);
        await _app.StartAsync(ct);
        var gateway = _app.Services.GetRequiredService<PteroPulse.Discord.Gateway.IDiscordGatewayClient>();
        await Eventually.WaitAsync(() => gateway.IsReady, Patience, "the gateway session");
        await WaitForCommandsAsync();
    }

    /// <summary>Stops the gateway (and, when not split, everything); the backend host keeps running.</summary>
    public async Task StopAppAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync(CancellationToken.None);
            _app.Dispose();
            _app = null;
        }
    }

    private IHost BuildHost(bool gateway, bool backend)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Development" });
        builder.Logging.ClearProviders().AddProvider(Logs).SetMinimumLevel(LogLevel.Information);
        builder.Configuration.AddInMemoryCollection(Settings());
        if (Options.ClockOffset != TimeSpan.Zero)
        {
            builder.Services.AddSingleton<TimeProvider>(new OffsetTimeProvider(Options.ClockOffset));
        }

        if (backend)
        {
            builder.AddPollerServices();
            builder.AddMetricsServices();
            if (Options.WithRenderer)
            {
                builder.AddRendererServices();
            }
        }

        if (gateway)
        {
            builder.AddDiscordGatewayServices();
        }

        return builder.Build();
    }

    public string ServerId(int index) => Panel.Panel.Fleet.Servers[index].Identifier;

    public string ServerName(int index) => Panel.Panel.Fleet.Servers[index].Name;

    /// <summary>A member acts in the status channel; returns once the bot answered the interaction.</summary>
    public async Task<ulong> ActAsync(UserAction action)
    {
        var (interaction, result) = await Control.ActAsync(action, TestContext.Current.CancellationToken);
        Assert.True(result.Delivered, result.Problem);
        await Eventually.WaitAsync(() => Control.Interaction(interaction.Id)?.ResponseType is not null, Patience, $"an answer to interaction {interaction.Id}");
        return interaction.Id;
    }

    public Task<ulong> CommandAsync(ulong userId, string command, Dictionary<string, JsonNode?>? options = null) => ActAsync(new UserAction
    {
        Kind = UserActionKind.SlashCommand,
        UserId = userId,
        ChannelId = World.StatusChannelId,
        CommandName = command,
        Options = options ?? [],
    });

    public Task<ulong> PressAsync(ulong userId, ulong messageId, string customId) => ActAsync(new UserAction
    {
        Kind = UserActionKind.Button,
        UserId = userId,
        ChannelId = World.StatusChannelId,
        MessageId = messageId,
        CustomId = customId,
    });

    /// <summary>The status channel's messages as a member sees them (ephemeral ones are not there).</summary>
    public IReadOnlyList<JsonObject> StatusMessages() => Messages(World.StatusChannelId);

    public IReadOnlyList<JsonObject> Messages(ulong channelId, ulong? asUser = null) =>
        [.. Control.Messages(channelId, asUser).OfType<JsonObject>()];

    /// <summary>Posts the status embed of a server through /server_status and the select menu, as an admin would.</summary>
    public async Task<JsonObject> PostStatusEmbedAsync(string serverId)
    {
        await CommandAsync(World.AdminUserId, "server_status");
        var menu = await Eventually.WaitAsync(
            () => Messages(World.StatusChannelId, World.AdminUserId).LastOrDefault(m => m.ToJsonString().Contains("select-server", StringComparison.Ordinal)),
            Patience, "the server select menu");
        var menuId = Rendered.Id(menu);
        await ActAsync(new UserAction
        {
            Kind = UserActionKind.Select,
            UserId = World.AdminUserId,
            ChannelId = World.StatusChannelId,
            MessageId = menuId,
            CustomId = "select-server",
            Values = [serverId],
        });

        // The menu turns into the confirmation once the embed is posted and its location stored.
        await Eventually.WaitAsync(
            () => Messages(World.StatusChannelId, World.AdminUserId).Any(m => Rendered.Id(m) == menuId && Rendered.Content(m).Contains("Posted the status", StringComparison.Ordinal)),
            Patience, "the confirmation");
        return StatusEmbedOf(serverId) ?? throw new InvalidOperationException($"No status embed of {serverId} after the confirmation.");
    }

    public JsonObject? StatusEmbedOf(string serverId) =>
        StatusMessages().LastOrDefault(m => m.ToJsonString().Contains($"power:{serverId}:start", StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        await StopAppAsync();
        if (_backend is not null)
        {
            await _backend.StopAsync(CancellationToken.None);
            _backend.Dispose();
        }

        var output = TestContext.Current.TestOutputHelper;
        foreach (var line in Logs.Lines)
        {
            output?.WriteLine(line);
        }

        foreach (var r in Control.Requests)
        {
            output?.WriteLine($"discord {r.Time:HH:mm:ss.fff} {r.Method} {r.RouteTemplate} {r.Status} {r.ErrorCode}");
        }

        await Panel.DisposeAsync();
        await Discord.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    private Dictionary<string, string?> Settings()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Discord:Token"] = Discord.Options.BotToken,
            ["Discord:ApplicationId"] = Discord.Options.ApplicationId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Discord:RestBaseUrl"] = Discord.ApiUrl + "/",
            ["Discord:Gateway:Url"] = Discord.GatewayUrl,
            ["Discord:GuildIds:0"] = Id(World.GuildId),
            ["Discord:AdminRoleIds:0"] = Id(World.AdminRoleId),
            ["Discord:PowerRoles:Restart:0"] = Id(World.RestarterRoleId),
            ["Discord:AuditChannelId"] = Id(World.AuditChannelId),
            ["Discord:Alerts:ChannelId"] = Id(World.AlertChannelId),
            ["Discord:EmbedLocationsFile"] = EmbedFile,
            ["Discord:GraphTimeout"] = Options.GraphTimeout.ToString(),
            ["Discord:PowerCooldown"] = "00:00:00",
            ["Pterodactyl:Url"] = Panel.BaseUrl.ToString(),
            ["Pterodactyl:ApiKey"] = Panel.Panel.AdminClientKey,
            ["Pterodactyl:PollInterval"] = Options.PollInterval.ToString(),
            ["Pterodactyl:PowerFollowUpInterval"] = "00:00:01",
            ["UpdatePolicy:RefreshInterval"] = "00:00:10",
        };
        foreach (var (key, value) in Options.Extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    private async Task WaitForCommandsAsync() =>
        await Eventually.WaitAsync(() =>
        {
            lock (Control.State.Gate)
            {
                return Control.State.Commands.Count(c => c.GuildId == World.GuildId) >= 4;
            }
        }, Patience, "the slash commands to be registered");

    private static string Id(ulong id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

internal sealed class StackOptions
{
    public bool WithRenderer { get; set; } = true;

    /// <summary>Runs the gateway in a host of its own (needs RabbitMQ: the in-memory bus does not cross hosts).</summary>
    public bool SplitGateway { get; set; }

    /// <summary>The emulated fleet's seed; a unique one gives unique server identifiers on a shared Redis.</summary>
    public int PanelSeed { get; set; } = 42;

    public TimeSpan GraphTimeout { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public Dictionary<string, string?> Extra { get; } = [];

    public Action<DiscordEmulatorOptions>? ConfigureDiscord { get; set; }

    /// <summary>Shifts the services' clock (all of it: only differences matter to them), e.g. to make a message old.</summary>
    public TimeSpan ClockOffset { get; set; }
}

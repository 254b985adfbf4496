using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using PteroPulse.Discord.Gateway;
using PteroPulse.Discord.Hosting;
using PteroPulse.Discord.Interactions;
using PteroPulse.Discord.Tests.Support;
using PteroPulse.Emulators.Discord.Interactions;
using PteroPulse.Emulators.Discord.Seeding;

namespace PteroPulse.Discord.Tests.Emulator;

public sealed class GatewayEmulatorTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly InteractionCounter _counter = new();
    private readonly RecordingEventHandler _events = new();
    private readonly CountingConnectionFactory _connections = new();

    [Fact]
    public async Task Resumes_after_the_connection_is_killed_and_receives_the_interaction_sent_meanwhile_once()
    {
        await using var bot = await StartAsync();

        Assert.Equal(1, bot.Emulator.Control.DropConnection());
        var (interaction, delivery) = await bot.Emulator.Control.ActAsync(Ping(), TestContext.Current.CancellationToken);
        await Clock.WaitUntil(() => bot.Emulator.Control.Interaction(interaction.Id)?.ResponseType is not null, Patience);

        Assert.True(delivery.Delivered, delivery.Problem);
        Assert.Equal(1, _counter.Seen[interaction.Id]);
        Assert.Single(bot.Emulator.Control.Sessions);
        Assert.Single(_events.Events.OfType<ReadyEvent>());
        Assert.Single(_events.Events.OfType<ResumedEvent>());
        Assert.Equal(2, _connections.Count);
        Assert.Equal(4, bot.Emulator.Control.Interaction(interaction.Id)!.ResponseType);
        bot.AssertEveryRequestPassedValidation();
    }

    [Fact]
    public async Task Identifies_afresh_after_a_non_resumable_invalid_session()
    {
        await using var bot = await StartAsync();

        bot.Emulator.Control.SendInvalidSession(resumable: false);
        await Clock.WaitUntil(() => _events.Events.OfType<ReadyEvent>().Count() == 2, Patience);

        Assert.Empty(_events.Events.OfType<ResumedEvent>());
        Assert.Equal(2, bot.Emulator.Control.Sessions.Count);
        Assert.Single(bot.Emulator.Control.Sessions, s => !s.Invalidated && s.Connection is not null);
    }

    [Fact]
    public async Task Resumes_when_discord_asks_for_a_reconnect()
    {
        await using var bot = await StartAsync();

        bot.Emulator.Control.SendReconnect();
        await Clock.WaitUntil(() => _events.Events.OfType<ResumedEvent>().Any(), Patience);

        Assert.Single(bot.Emulator.Control.Sessions);
        Assert.True(bot.Gateway.IsReady);
    }

    [Fact]
    public async Task Stops_with_a_clear_error_on_close_4004_and_does_not_reconnect()
    {
        await using var bot = await EmulatorBot.StartAsync(gateway: true, botToken: "not-the-bot-token", services: services =>
        {
            services.Replace(ServiceDescriptor.Singleton<IGatewayConnectionFactory>(_connections));
            // Known shard count and URL: nothing to ask REST, so only the gateway sees the bad token.
            services.ConfigureDiscordGateway(o => o.ShardCount = 1);
        });
        var hosted = bot.App.Services.GetServices<IHostedService>().OfType<GatewayHostedService>().Single();

        await Clock.WaitUntil(() => hosted.ExecuteTask is { IsCompleted: true }, Patience);

        var failure = Assert.IsType<GatewayFatalException>(hosted.ExecuteTask!.Exception!.InnerException);
        Assert.Equal(4004, failure.CloseCode);
        Assert.Contains("Discord__Token", failure.Message, StringComparison.Ordinal);
        Assert.Equal(GatewayShardState.Failed, bot.Gateway.Shards.Single().State);
        Assert.Equal(1, _connections.Count);
        Assert.Empty(bot.Emulator.Control.Sessions);
    }

    [Fact]
    public async Task Answers_a_command_whose_handler_takes_5_seconds_by_deferring_then_editing()
    {
        await using var bot = await StartAsync(services => services.AddSlashCommand<SlowStatusCommand>());

        var (interaction, delivery) = await bot.Emulator.Control.ActAsync(new UserAction
        {
            Kind = UserActionKind.SlashCommand,
            UserId = DefaultSeed.AdminUserId,
            ChannelId = DefaultSeed.StatusChannelId,
            CommandName = "status",
            Options = new() { ["server"] = JsonValue.Create("5e8b2c41") },
        }, TestContext.Current.CancellationToken);
        await Clock.WaitUntil(() => VisibleContent(bot, interaction.Id) is not null, Patience);

        Assert.True(delivery.Delivered, delivery.Problem);
        Assert.Equal(5, bot.Emulator.Control.Interaction(interaction.Id)!.ResponseType);
        Assert.Equal("Midgard (5e8b2c41) is running", VisibleContent(bot, interaction.Id));
        bot.AssertEveryRequestPassedValidation();
    }

    [Fact]
    public async Task Registers_commands_once_and_skips_an_unchanged_set()
    {
        await using var bot = await EmulatorBot.StartAsync(services: services =>
        {
            services.AddSingleton(_counter);
            services.AddSlashCommand<CountingPingCommand>();
            services.AddSlashCommand<SlowStatusCommand>();
        });
        var registrar = bot.App.Services.GetRequiredService<CommandRegistrar>();

        var first = await registrar.RegisterAsync(TestContext.Current.CancellationToken);
        var second = await registrar.RegisterAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, first);
        Assert.Equal(0, second);
        Assert.Single(bot.Emulator.Control.Requests, r => r.Method == "PUT");
        bot.AssertEveryRequestPassedValidation();
    }

    [Fact]
    public async Task Works_over_zlib_stream_transport_compression()
    {
        await using var bot = await StartAsync(services => services.ConfigureDiscordGateway(o => o.Compression = GatewayCompression.ZlibStream));

        var (interaction, _) = await bot.Emulator.Control.ActAsync(Ping(), TestContext.Current.CancellationToken);
        await Clock.WaitUntil(() => bot.Emulator.Control.Interaction(interaction.Id)?.ResponseType is not null, Patience);

        // The emulator answers such a connection with binary zlib frames only, so every event above was inflated.
        Assert.Contains("compress=zlib-stream", Assert.Single(_connections.Uris).Query, StringComparison.Ordinal);
        Assert.Single(_events.Events.OfType<ReadyEvent>());
        Assert.Contains(_events.Events, e => e is GuildCreateEvent { Guild.Name: "Valhalla Hosting" });
        Assert.Equal(1, _counter.Seen[interaction.Id]);
    }

    [Fact]
    public async Task Runs_the_recommended_shards_identifying_them_at_least_5_seconds_apart_at_max_concurrency_1()
    {
        await using var bot = await EmulatorBot.StartAsync(gateway: true, emulator: o => o.Gateway.RecommendedShards = 2, services: services =>
        {
            services.AddSingleton<IGatewayEventHandler>(_events);
        });

        await Clock.WaitUntil(() => _events.Events.OfType<ReadyEvent>().Count() == 2, Patience);

        var ready = _events.Events.OfType<ReadyEvent>().ToList();
        Assert.Equal([0, 1], bot.Gateway.Shards.Select(s => s.ShardId));
        Assert.Equal([(0, 2), (1, 2)], bot.Emulator.Control.Sessions.Select(s => (s.ShardId, s.ShardCount)).Order());
        Assert.Equal(2, ready.Count);
        // A lower bound only: a slow machine makes the gap longer, never shorter.
        Assert.True(_events.ReceivedAt(ready[1]) - _events.ReceivedAt(ready[0]) >= TimeSpan.FromSeconds(4.9));
    }

    [Fact]
    public async Task Ends_the_session_with_close_1000_when_the_host_stops()
    {
        var bot = await StartAsync();

        await bot.App.StopAsync(TestContext.Current.CancellationToken);
        await Clock.WaitUntil(() => bot.Emulator.Control.Sessions.All(s => s.Connection is null), Patience);

        Assert.All(bot.Emulator.Control.Sessions, s => Assert.True(s.Invalidated));
        Assert.Equal(GatewayShardState.Stopped, bot.Gateway.Shards.Single().State);
        await bot.DisposeAsync();
    }

    [Fact]
    public async Task Does_not_identify_when_the_emulator_reports_the_daily_budget_used_up()
    {
        await using var bot = await EmulatorBot.StartAsync(gateway: true, emulator: o => o.Gateway.SessionStartLimit = 0, services: services =>
            services.Replace(ServiceDescriptor.Singleton<IGatewayConnectionFactory>(_connections)));
        var gate = (InProcessIdentifyGate)bot.App.Services.GetRequiredService<IIdentifyGate>();

        await Clock.WaitUntil(() => bot.Gateway.Shards is [{ State: GatewayShardState.Identifying }], Patience);

        Assert.Equal(0, gate.Remaining);
        Assert.Empty(bot.Emulator.Control.Sessions);
        Assert.False(bot.Gateway.IsReady);
    }

    /// <summary>The text of the interaction's original response once it has some, as the user would see it.</summary>
    private static string? VisibleContent(EmulatorBot bot, ulong interactionId)
    {
        if (bot.Emulator.Control.Interaction(interactionId)?.OriginalMessageId is not { } messageId)
        {
            return null;
        }

        var message = bot.Emulator.Control.Messages(DefaultSeed.StatusChannelId, DefaultSeed.AdminUserId)
            .FirstOrDefault(m => m!["id"]!.GetValue<string>() == messageId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return message?["content"]?.GetValue<string>() is { Length: > 0 } content ? content : null;
    }

    private static UserAction Ping() => new()
    {
        Kind = UserActionKind.SlashCommand,
        UserId = DefaultSeed.AdminUserId,
        ChannelId = DefaultSeed.StatusChannelId,
        CommandName = "ping",
    };

    private async Task<EmulatorBot> StartAsync(Action<IServiceCollection>? configure = null)
    {
        var bot = await EmulatorBot.StartAsync(gateway: true, services: services =>
        {
            services.Replace(ServiceDescriptor.Singleton<IGatewayConnectionFactory>(_connections));
            services.AddSingleton(_counter);
            services.AddSingleton(_events);
            services.AddSingleton<IGatewayEventHandler>(_events);
            services.AddSlashCommand<CountingPingCommand>();
            configure?.Invoke(services);
        });
        await bot.App.Services.GetRequiredService<CommandRegistrar>().RegisterAsync(TestContext.Current.CancellationToken);
        await Clock.WaitUntil(() => bot.Gateway.IsReady, Patience);
        return bot;
    }
}

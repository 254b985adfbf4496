using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PteroPulse.Contracts;
using PteroPulse.Discord.Gateway;
using PteroPulse.Discord.Hosting;
using PteroPulse.Discord.Interactions;
using PteroPulse.DiscordGateway.Buttons;
using PteroPulse.DiscordGateway.Commands;
using PteroPulse.DiscordGateway.Access;
using PteroPulse.DiscordGateway.Alerts;
using PteroPulse.DiscordGateway.Audit;
using PteroPulse.DiscordGateway.Consumers;
using PteroPulse.DiscordGateway.Locations;
using PteroPulse.DiscordGateway.Servers;
using PteroPulse.DiscordGateway.Telemetry;
using PteroPulse.DiscordGateway.Updates;
using PteroPulse.ServiceDefaults.Bus;
using PteroPulse.ServiceDefaults.Health;
using StackExchange.Redis;

namespace PteroPulse.DiscordGateway.Extensions;

public static class DiscordGatewayServiceRegistration
{
    /// <summary>The service's name on the bus, in compose and in Kubernetes.</summary>
    public const string ServiceName = "discord-gateway";

    /// <summary>Everything the discord-gateway service needs; safe to call beside the other services in one host.</summary>
    public static IHostApplicationBuilder AddDiscordGatewayServices(this IHostApplicationBuilder builder)
    {
        // Options
        builder.AddDiscordGatewayOptions();
        builder.Services.TryAddSingleton(TimeProvider.System);

        // Clients: Discord (REST, interactions over the gateway websocket), and the embed location store
        // (Redis when configured, else a JSON file)
        builder.Services.AddDiscordInteractions();
        builder.Services.AddDiscordGateway();
        builder.Services.DeferHostedServicesOf(typeof(IDiscordGatewayClient).Assembly);
        builder.Services.AddHealthChecks().AddCheck<DiscordGatewayHealthCheck>("discord-gateway", tags: [HealthTags.Ready]);
        builder.Services.AddOptions<DiscordInteractionsOptions>().Configure<IConfiguration>((interactions, configuration) =>
        {
            // Commands go to the allowed guilds (instantly) unless set explicitly; with no guild list, globally. Read
            // from configuration, not from the gateway's options, so a bad guild id is reported once, by them.
            if (interactions.CommandGuildIds.Count == 0)
            {
                interactions.CommandGuildIds = [.. configuration.GetSection($"{DiscordGatewayOptions.SectionName}:{nameof(DiscordGatewayOptions.GuildIds)}")
                    .GetChildren().Select(c => ulong.TryParse(c.Value, out var id) ? id : 0).Where(id => id != 0)];
            }
        });
        AddEmbedLocationStore(builder);

        // Domain: access, alerts, the server catalog and the embed update pipeline
        builder.Services.AddSingleton<AccessPolicy>();
        builder.Services.AddSingleton<PowerCooldown>();
        builder.Services.AddSingleton<AlertPolicy>();
        builder.Services.AddSingleton<AlertNotifier>();
        builder.Services.AddSingleton<AuditTrail>();
        builder.Services.AddSingleton<ServerCatalog>();
        builder.Services.AddSingleton<GatewayMetrics>();
        builder.Services.AddSingleton<EmbedEditor>();
        builder.Services.AddSingleton<EmbedRefresher>();
        builder.Services.AddSingleton<EmbedReconciler>();
        builder.Services.AddScoped<StatusMessageFactory>();
        builder.Services.AddScoped<ServerDirectory>();
        builder.Services.AddScoped<StatusEmbedPoster>();

        // Commands and buttons
        builder.Services.AddSlashCommand<ServerStatusCommand>();
        builder.Services.AddSlashCommand<RefreshEmbedsCommand>();
        builder.Services.AddSlashCommand<PurgeEmbedsCommand>();
        builder.Services.AddSlashCommand<ServersCommand>();
        builder.Services.AddComponentHandler<SelectServerHandler>();
        builder.Services.AddComponentHandler<PowerButtonHandler>();
        builder.Services.AddComponentHandler<AddressButtonHandler>();

        // Bus and consumers
        builder.AddMessageBus(ServiceName, bus => bus
            .AddConsumer<UpdateStatusEmbedsConsumer, UpdateStatusEmbedsConsumerDefinition>()
            .AddConsumer<TrackServerSampleConsumer, TrackServerSampleConsumerDefinition>()
            .AddConsumer<TrackServerListConsumer, TrackServerListConsumerDefinition>()
            .AddRequestClient<SendPowerSignal>()
            .AddRequestClient<ListServers>()
            .AddRequestClient<GetServerHistory>()
            .AddRequestClient<RenderServerGraph>());

        // Hosted services, built when started (after options validation), since they all reach the Discord client
        builder.Services.AddWorkerHeartbeat<AlertWorker>(AlertWorker.Interval);
        builder.Services.AddSingleton<AlertWorker>();
        builder.Services.AddSingleton<EmbedReconciliationService>();
        builder.Services.AddDeferredHostedService<AlertWorker>();
        builder.Services.AddDeferredHostedService<EmbedReconciliationService>();
        builder.Services.AddDeferredHostedService<EmbedRefresher>();
        return builder;
    }

    private static void AddEmbedLocationStore(IHostApplicationBuilder builder)
    {
        var connectionString = builder.Configuration["Redis:ConnectionString"];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            builder.Services.AddSingleton<IEmbedLocationStore>(sp =>
                new JsonFileEmbedLocationStore(sp.GetRequiredService<IOptions<DiscordGatewayOptions>>().Value.EmbedLocationsFile));
            return;
        }

        // TryAdd: another service in the same host may already have opened the shared multiplexer.
        builder.Services.TryAddSingleton<IConnectionMultiplexer>(_ =>
        {
            var options = ConfigurationOptions.Parse(connectionString);
            options.AbortOnConnectFail = false;
            return ConnectionMultiplexer.Connect(options);
        });
        builder.Services.AddSingleton<IEmbedLocationStore>(sp => new RedisEmbedLocationStore(sp.GetRequiredService<IConnectionMultiplexer>()));
    }
}

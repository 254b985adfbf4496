using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using PteroPulse.Emulators.Discord.Control;
using PteroPulse.Emulators.Discord.Gateway;
using PteroPulse.Emulators.Discord.Interactions;
using PteroPulse.Emulators.Discord.Messages;
using PteroPulse.Emulators.Discord.RateLimiting;
using PteroPulse.Emulators.Discord.Rest;
using PteroPulse.Emulators.Discord.Rest.Endpoints;
using PteroPulse.Emulators.Discord.Seeding;
using PteroPulse.Emulators.Discord.State;
using PteroPulse.Emulators.Discord.Validation;
using PteroPulse.Emulators.Discord.Viewer;

namespace PteroPulse.Emulators.Discord.Hosting;

public static class EmulatorServiceRegistration
{
    /// <summary>
    /// Registers the emulator. Without <paramref name="options"/> they are bound from the "DiscordEmulator" section;
    /// invalid options or seed stop start-up with every problem named.
    /// </summary>
    public static WebApplicationBuilder AddDiscordEmulator(this WebApplicationBuilder builder, DiscordEmulatorOptions? options = null)
    {
        if (options is null)
        {
            // Running as its own process: configuration decides, with a fixed port so bots and browsers can find it.
            // (No appsettings.json: a web project referenced by another one would copy it over the host's.)
            options = new DiscordEmulatorOptions();
            builder.Configuration.GetSection(DiscordEmulatorOptions.SectionName).Bind(options);
            if (builder.Configuration["urls"] is null && builder.Configuration["ASPNETCORE_URLS"] is null)
            {
                var port = options.Port == 0 ? DiscordEmulatorOptions.StandalonePort : options.Port;
                builder.WebHost.UseUrls($"http://{options.BindAddress}:{port}");
            }

            builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
            builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        }

        Validate(options);
        var clock = new EmulatorClock();
        var state = new EmulatorState(options.ApplicationId);
        SeedLoader.Apply(SeedLoader.Resolve(options.Seed, options.SeedFile), state, options.BotUsername, clock.GetUtcNow());

        // World and rules
        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(clock);
        services.AddSingleton(state);
        services.AddSingleton<Snowflakes>(sp => new Snowflakes(sp.GetRequiredService<EmulatorClock>()));
        services.AddSingleton(_ => SpecValidator.Default);
        services.AddSingleton<EmulatorUrls>();
        services.AddSingleton<EmulatorEvents>();
        services.AddSingleton<MessageRenderer>();
        services.AddSingleton<AttachmentEditor>();
        services.AddSingleton<MessageService>();

        // REST pipeline
        services.AddSingleton<RequestLog>();
        services.AddSingleton<RateLimiter>();
        services.AddSingleton<InvalidRequestCounter>();
        services.AddSingleton<FailureInjector>();

        // Gateway and interactions
        services.AddSingleton<IdentifyBudget>();
        services.AddSingleton<GatewayHub>();
        services.AddSingleton<GatewayEnvironment>();
        services.AddSingleton<InteractionLifecycle>();
        services.AddSingleton<InteractionSigner>();
        services.AddSingleton<InteractionFactory>();
        services.AddSingleton<InteractionDelivery>();
        services.AddHttpClient(InteractionDelivery.HttpClientName, c => c.Timeout = options.Interactions.HttpTimeout);

        // Test control and viewer; enums travel as names ("SharedRateLimit") and snowflakes may come as strings.
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
            o.SerializerOptions.NumberHandling |= System.Text.Json.Serialization.JsonNumberHandling.AllowReadingFromString;
        });
        services.AddSingleton<EmulatorControl>();
        services.AddSingleton<ViewerEvents>();
        return builder;
    }

    public static WebApplication MapDiscordEmulator(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() => RecordBaseUrl(app));
        app.UseWebSockets();
        app.UseWhen(c => c.Request.Path.StartsWithSegments(ApiPipeline.Prefix), api => api.UseMiddleware<ApiPipeline>());

        var api = app.MapGroup(ApiPipeline.Prefix);
        MetaEndpoints.Map(api);
        ChannelEndpoints.Map(api);
        CommandEndpoints.Map(api);
        InteractionEndpoints.Map(api);
        WebhookEndpoints.Map(api);
        api.MapFallback(() => JsonResults.Json(new System.Text.Json.Nodes.JsonObject { ["message"] = "404: Not Found", ["code"] = 0 }, 404));
        FileEndpoints.Map(app);
        GatewayEndpoints.Map(app);
        ControlEndpoints.Map(app);
        ViewerEndpoints.Map(app);

        // Resolve once so the hub and viewer subscribe to world events before the first request.
        app.Services.GetRequiredService<GatewayHub>();
        app.Services.GetRequiredService<ViewerEvents>();
        return app;
    }

    private static void RecordBaseUrl(WebApplication app)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is not null)
        {
            var uri = new Uri(address.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("+", "127.0.0.1", StringComparison.Ordinal).Replace("*", "127.0.0.1", StringComparison.Ordinal));
            app.Services.GetRequiredService<EmulatorUrls>().BaseUrl = $"{uri.Scheme}://{uri.Authority}";
        }
    }

    private static void Validate(DiscordEmulatorOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        var problems = results.Select(r => $"DiscordEmulator:{string.Join(',', r.MemberNames)}: {r.ErrorMessage}").ToList();
        if (options.SigningKeySeedHex.Length != 64 || !options.SigningKeySeedHex.All(char.IsAsciiHexDigit))
        {
            problems.Add("DiscordEmulator:SigningKeySeedHex: must be 64 hex characters (an Ed25519 seed).");
        }

        if (options.InteractionsEndpointUrl is { Length: > 0 } url && !Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            problems.Add($"DiscordEmulator:InteractionsEndpointUrl: '{url}' is not an absolute URL.");
        }

        if (options.Gateway.HeartbeatIntervalMs < 100 || options.Gateway.MaxConcurrency < 1 || options.Gateway.RecommendedShards < 1)
        {
            problems.Add("DiscordEmulator:Gateway: HeartbeatIntervalMs >= 100, MaxConcurrency >= 1 and RecommendedShards >= 1 are required.");
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Invalid Discord emulator configuration:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        }
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using PteroPulse.Discord.Gateway;
using PteroPulse.Discord.Hosting;

namespace PteroPulse.Discord.Tests.Support;

/// <summary>The gateway client over a fake server and clock; runs until disposed.</summary>
internal sealed class GatewayHarness : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly CancellationTokenSource _stop = new();

    public GatewayHarness(Action<DiscordGatewayOptions>? configure = null, Func<RecordedRequest, int, HttpResponseMessage>? rest = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<ILoggerProvider>(Logs);
        services.AddLogging();
        services.AddSingleton<IHostApplicationLifetime, NoLifetime>();
        services.AddSingleton<IGatewayConnectionFactory>(Server);
        services.AddDiscordRest(options =>
        {
            options.Token = "test-token";
            options.MaxRetries = 0;
        });
        if (rest is not null)
        {
            services.AddHttpClient(PteroPulse.Discord.Rest.RestRequestSender.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new StubHttpHandler(rest));
        }

        services.AddDiscordGateway(options =>
        {
            options.Url = "ws://gateway.test";
            options.ShardCount = 1;
            options.ReconnectDelay = TimeSpan.FromMilliseconds(100);
            options.InvalidSessionDelay = TimeSpan.FromSeconds(1);
            configure?.Invoke(options);
        });
        services.AddGatewayEventHandler<RecordingEventHandler>();
        _provider = services.BuildServiceProvider();
        Client = _provider.GetRequiredService<DiscordGatewayClient>();
        Events = (RecordingEventHandler)_provider.GetServices<IGatewayEventHandler>().Single(h => h is RecordingEventHandler);
        Run = Task.Run(() => Client.RunAsync(_stop.Token));
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    public FakeLoggerProvider Logs { get; } = new();
    public FakeGatewayServer Server { get; } = new();
    public DiscordGatewayClient Client { get; }
    public RecordingEventHandler Events { get; }
    public Task Run { get; }

    /// <summary>The next connection, advancing fake time so reconnect delays pass.</summary>
    public async Task<FakeGatewayConnection> NextConnectionAsync()
    {
        var next = Server.NextConnectionAsync();
        await Clock.AdvanceUntilDone(Time, next, TimeSpan.FromMilliseconds(100));
        return await next;
    }

    /// <summary>The client's next payload, advancing fake time (heartbeat timers, identify pacing) until it comes.</summary>
    public async Task<System.Text.Json.JsonElement> NextFromClientAsync(FakeGatewayConnection connection)
    {
        var next = connection.NextFromClientAsync();
        await Clock.AdvanceUntilDone(Time, next, TimeSpan.FromSeconds(1));
        return await next;
    }

    /// <summary>The client's next Identify or Resume (heartbeats that happen to come first are skipped).</summary>
    public async Task<System.Text.Json.JsonElement> NextSessionStartAsync(FakeGatewayConnection connection)
    {
        while (true)
        {
            var payload = await NextFromClientAsync(connection);
            if (payload.GetProperty("op").GetInt32() != 1)
            {
                return payload;
            }
        }
    }

    /// <summary>The close code the client sends, advancing fake time until it does.</summary>
    public async Task<int> ClientClosedAsync(FakeGatewayConnection connection)
    {
        await Clock.AdvanceUntilDone(Time, connection.ClientClosed, TimeSpan.FromSeconds(1));
        return await connection.ClientClosed;
    }

    /// <summary>Hello, Identify, READY: a live session on a fresh connection.</summary>
    public async Task<FakeGatewayConnection> ConnectReadyAsync()
    {
        var connection = await NextConnectionAsync();
        connection.Hello();
        await NextSessionStartAsync(connection);
        connection.Ready();
        await Clock.WaitUntil(() => Client.IsReady);
        return connection;
    }

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Run.WaitAsync(TimeSpan.FromSeconds(10));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await Run.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception)
        {
            // Tests that expect a failure assert on Run themselves.
        }

        await _provider.DisposeAsync();
        _stop.Dispose();
    }

    private sealed class NoLifetime : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => CancellationToken.None;
        public CancellationToken ApplicationStopping => CancellationToken.None;
        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }
}

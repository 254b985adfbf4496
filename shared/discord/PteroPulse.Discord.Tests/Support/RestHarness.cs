using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using PteroPulse.Discord.Hosting;
using PteroPulse.Discord.Rest;

namespace PteroPulse.Discord.Tests.Support;

/// <summary>A REST client wired as in production, over a stub handler and a fake clock.</summary>
internal sealed class RestHarness : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    public RestHarness(Func<RecordedRequest, int, HttpResponseMessage> respond, Action<DiscordOptions>? configure = null, Action<IServiceCollection>? register = null)
    {
        Handler = new StubHttpHandler(respond);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<ILoggerProvider>(Logs);
        services.AddLogging();
        services.AddDiscordRest(options =>
        {
            options.Token = "test-token";
            options.ApplicationId = 1310000000000000000;
            options.RestBaseUrl = "https://discord.test/api/v10";
            configure?.Invoke(options);
        });
        services.AddHttpClient(RestRequestSender.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Handler);
        register?.Invoke(services);
        _provider = services.BuildServiceProvider();
        Client = _provider.GetRequiredService<IDiscordRestClient>();
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    public FakeLoggerProvider Logs { get; } = new();
    public StubHttpHandler Handler { get; }
    public IDiscordRestClient Client { get; }

    public T Get<T>() where T : notnull => _provider.GetRequiredService<T>();

    /// <summary>Moves the fake clock forward in small steps until <paramref name="task"/> finishes (or a real-time guard trips).</summary>
    public async Task<T> RunAsync<T>(Task<T> task, TimeSpan? step = null)
    {
        await Clock.AdvanceUntilDone(Time, task, step ?? TimeSpan.FromMilliseconds(50));
        return await task;
    }

    public async Task RunAsync(Task task, TimeSpan? step = null)
    {
        await Clock.AdvanceUntilDone(Time, task, step ?? TimeSpan.FromMilliseconds(50));
        await task;
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using PteroPulse.Poller.Extensions;
using PteroPulse.Poller.Polling;

namespace PteroPulse.Poller.Tests.Support;

/// <summary>
/// The poller service as the real process builds it (AddPollerServices, the in-memory bus), pointed at an emulator,
/// with the emulator's fake clock and a recording publisher.
/// </summary>
internal sealed class PollerHost : IAsyncDisposable
{
    private PollerHost(IHost host, RecordingPublisher events, FakeLogCollector logs)
    {
        Host = host;
        Events = events;
        Logs = logs;
    }

    public IHost Host { get; }

    public RecordingPublisher Events { get; }

    public FakeLogCollector Logs { get; }

    public T Get<T>()
        where T : notnull => Host.Services.GetRequiredService<T>();

    public static IHost Build(FakeTimeProvider time, IDictionary<string, string?> configuration, RecordingPublisher? events = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Logging.AddFilter("MassTransit", LogLevel.Warning);
        builder.Logging.AddFakeLogging();
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddSingleton<IPollerPublisher>(events ?? new RecordingPublisher(time));
        builder.AddPollerServices();
        return builder.Build();
    }

    public static async Task<PollerHost> StartAsync(Uri panelUrl, string key, FakeTimeProvider time, IDictionary<string, string?>? extra = null)
    {
        var configuration = new Dictionary<string, string?>
        {
            ["Pterodactyl:Url"] = panelUrl.ToString(),
            ["Pterodactyl:ApiKey"] = key,
        };
        foreach (var (name, value) in extra ?? new Dictionary<string, string?>())
        {
            configuration[name] = value;
        }

        var events = new RecordingPublisher(time);
        var host = Build(time, configuration, events);
        await host.StartAsync(TestContext.Current.CancellationToken);
        return new PollerHost(host, events, host.Services.GetFakeLogCollector());
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync(CancellationToken.None);
        Host.Dispose();
    }
}

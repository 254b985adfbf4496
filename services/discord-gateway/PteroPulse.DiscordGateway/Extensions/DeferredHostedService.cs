namespace PteroPulse.DiscordGateway.Extensions;

/// <summary>
/// A hosted service built when the host starts it rather than when the host collects its hosted services. The Discord
/// client reads its options in constructors; built eagerly, a missing token would throw before start-up validation
/// could name every bad key (RabbitMQ's, the gateway's). Started after the validation, it never sees bad options.
/// </summary>
internal sealed class DeferredHostedService(IServiceProvider services, Func<IServiceProvider, IHostedService> create) : IHostedService, IDisposable
{
    private IHostedService? _inner;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _inner = create(services);
        return _inner.StartAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => _inner?.StopAsync(cancellationToken) ?? Task.CompletedTask;

    public void Dispose() => (_inner as IDisposable)?.Dispose();
}

using PteroPulse.Contracts;

namespace PteroPulse.Poller.Polling;

/// <summary>Where the poller's events go: the bus in the service, a list in tests.</summary>
public interface IPollerPublisher
{
    Task PublishAsync<T>(T message, CancellationToken cancellationToken)
        where T : class;
}

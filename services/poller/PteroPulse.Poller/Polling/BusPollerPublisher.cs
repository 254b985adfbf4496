using MassTransit;

namespace PteroPulse.Poller.Polling;

/// <summary>Publishes through the process's one bus (IBus is the singleton; IPublishEndpoint is scoped).</summary>
public sealed class BusPollerPublisher(IBus bus) : IPollerPublisher
{
    public Task PublishAsync<T>(T message, CancellationToken cancellationToken)
        where T : class => bus.Publish(message, cancellationToken);
}

using MassTransit;

namespace PteroPulse.ServiceDefaults.Bus;

/// <summary>
/// What one service adds to the bus. Endpoint names are kebab-case and prefixed with the service's name
/// (<c>metrics-record-sample</c>), so two services' consumers of one event never share a queue, also when the
/// standalone host puts all four on one bus.
/// </summary>
public sealed class ServiceBusRegistration(string serviceName, IBusRegistrationConfigurator bus, TimeSpan requestTimeout)
{
    private readonly KebabCaseEndpointNameFormatter _names = new(serviceName, false);

    public string ServiceName { get; } = serviceName;

    public ServiceBusRegistration AddConsumer<TConsumer, TDefinition>()
        where TConsumer : class, IConsumer
        where TDefinition : class, IConsumerDefinition<TConsumer>
    {
        bus.AddConsumer<TConsumer, TDefinition>().Endpoint(e => e.Name = _names.Consumer<TConsumer>());
        return this;
    }

    /// <summary>Requests are published, so any replica of the answering service may take them.</summary>
    public ServiceBusRegistration AddRequestClient<TRequest>()
        where TRequest : class
    {
        bus.AddRequestClient<TRequest>(RequestTimeout.After(ms: (int)requestTimeout.TotalMilliseconds));
        return this;
    }
}

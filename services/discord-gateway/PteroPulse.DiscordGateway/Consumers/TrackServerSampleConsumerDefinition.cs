using MassTransit;

namespace PteroPulse.DiscordGateway.Consumers;

public sealed class TrackServerSampleConsumerDefinition : ConsumerDefinition<TrackServerSampleConsumer>
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TrackServerSampleConsumer> consumerConfigurator, IRegistrationContext context)
    {
        // A newer sample supersedes an undelivered one; no point retrying a stale one.
        endpointConfigurator.UseMessageRetry(r => r.None());
    }
}

using MassTransit;

namespace PteroPulse.DiscordGateway.Consumers;

public sealed class UpdateStatusEmbedsConsumerDefinition : ConsumerDefinition<UpdateStatusEmbedsConsumer>
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<UpdateStatusEmbedsConsumer> consumerConfigurator, IRegistrationContext context)
    {
        // Each message waits on metrics and renderer; a few at once keep a burst moving without flooding them.
        // The Discord edits are capped separately (Discord:MaxParallelEdits).
        endpointConfigurator.ConcurrentMessageLimit = 8;
    }
}

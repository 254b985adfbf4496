using MassTransit;

namespace PteroPulse.DiscordGateway.Consumers;

public sealed class TrackServerListConsumerDefinition : ConsumerDefinition<TrackServerListConsumer>;

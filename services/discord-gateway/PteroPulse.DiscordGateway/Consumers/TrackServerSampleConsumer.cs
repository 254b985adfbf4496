using MassTransit;
using PteroPulse.Contracts;
using PteroPulse.DiscordGateway.Servers;

namespace PteroPulse.DiscordGateway.Consumers;

/// <summary>Keeps each server's newest sample, so /server_status shows real figures at once, even right after a restart.</summary>
public sealed class TrackServerSampleConsumer(ServerCatalog catalog) : IConsumer<ServerSampled>
{
    public Task Consume(ConsumeContext<ServerSampled> context)
    {
        catalog.Observe(context.Message.Sample);
        return Task.CompletedTask;
    }
}

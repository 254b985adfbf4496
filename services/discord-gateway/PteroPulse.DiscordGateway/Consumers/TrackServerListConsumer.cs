using MassTransit;
using PteroPulse.Contracts;
using PteroPulse.DiscordGateway.Alerts;
using PteroPulse.DiscordGateway.Servers;

namespace PteroPulse.DiscordGateway.Consumers;

/// <summary>The panel's server list changed: update the list commands offer and forget servers that left.</summary>
public sealed class TrackServerListConsumer(ServerCatalog catalog, AlertPolicy alerts) : IConsumer<ServerListChanged>
{
    public Task Consume(ConsumeContext<ServerListChanged> context)
    {
        catalog.SetServers(context.Message.Servers);
        foreach (var removed in context.Message.Removed)
        {
            catalog.Forget(removed);
            alerts.Forget(removed);
        }

        return Task.CompletedTask;
    }
}

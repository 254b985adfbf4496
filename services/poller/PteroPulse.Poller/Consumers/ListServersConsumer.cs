using MassTransit;
using PteroPulse.Contracts;
using PteroPulse.Poller.Polling;

namespace PteroPulse.Poller.Consumers;

/// <summary>Answers <see cref="ListServers"/> from the last list, or after asking the panel again when Refresh is set.</summary>
public sealed class ListServersConsumer(ServerCatalog catalog) : IConsumer<ListServers>
{
    public async Task Consume(ConsumeContext<ListServers> context)
    {
        if (context.Message.Refresh || !catalog.FirstList.IsCompleted)
        {
            await catalog.RefreshAsync(context.CancellationToken);
        }

        await context.RespondAsync(new ServerList { Servers = catalog.Summaries(), ListedAt = catalog.ListedAt });
    }
}

public sealed class ListServersConsumerDefinition : ConsumerDefinition<ListServersConsumer>
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ListServersConsumer> consumerConfigurator, IRegistrationContext context)
    {
        // Requests wait for an answer; retrying a refused panel only makes the caller wait longer.
        endpointConfigurator.UseMessageRetry(r => r.None());
    }
}

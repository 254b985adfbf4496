using MassTransit;
using Microsoft.Extensions.Options;
using PteroPulse.Contracts;
using PteroPulse.DiscordGateway.Alerts;
using PteroPulse.DiscordGateway.Locations;
using PteroPulse.DiscordGateway.Servers;
using PteroPulse.DiscordGateway.Updates;

namespace PteroPulse.DiscordGateway.Consumers;

/// <summary>
/// A server's status changed: raise the alerts it implies, build its status message once (history + graph) and queue
/// an edit of every embed that shows it. The edits themselves run in <see cref="EmbedRefresher"/>, so a burst of
/// changes never becomes a backlog of Discord requests.
/// </summary>
public sealed class UpdateStatusEmbedsConsumer(
    ServerCatalog catalog,
    AlertPolicy alerts,
    AlertNotifier notifier,
    StatusMessageFactory factory,
    IEmbedLocationStore locations,
    EmbedRefresher refresher,
    IOptionsMonitor<DiscordGatewayOptions> options,
    TimeProvider timeProvider) : IConsumer<ServerStateChanged>
{
    public async Task Consume(ConsumeContext<ServerStateChanged> context)
    {
        var change = context.Message;
        var sample = change.Current;
        catalog.Observe(sample);
        await notifier.PostAsync(alerts.ObserveState(change), context.CancellationToken);

        // A server nobody shows costs no graph: only the history for load alerts, and only when alerts are on.
        var embeds = (await locations.GetByServerAsync(sample.ServerId, context.CancellationToken)).Where(l => !l.Paused).ToList();
        if (embeds.Count == 0)
        {
            if (options.CurrentValue.Alerts.Enabled)
            {
                var history = await factory.GetHistoryAsync(sample.ServerId, context.CancellationToken);
                await notifier.PostAsync(alerts.ObserveHistory(sample, history ?? [], timeProvider.GetUtcNow()), context.CancellationToken);
            }

            return;
        }

        var snapshot = await factory.BuildAsync(sample, change.UnreachableSince, context.CancellationToken, change.Reason == StateChangeReason.Disappeared);
        await notifier.PostAsync(alerts.ObserveHistory(sample, snapshot.History, timeProvider.GetUtcNow()), context.CancellationToken);
        refresher.Enqueue(embeds, snapshot.Message, change.ObservedAt);
    }
}

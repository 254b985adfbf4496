using MassTransit;
using PteroPulse.Contracts;
using PteroPulse.Metrics.Storage;

namespace PteroPulse.Metrics.History;

/// <summary>Answers history queries; an unknown server gets an empty history, which the renderer draws as "collecting data".</summary>
public sealed class ServeHistoryConsumer(ISampleHistoryStore store) : IConsumer<GetServerHistory>
{
    public async Task Consume(ConsumeContext<GetServerHistory> context)
    {
        var request = context.Message;
        var points = request.Window switch
        {
            HistoryWindow.LastHour => await store.GetHourAsync(request.ServerId, context.CancellationToken),
            _ => await store.GetRecentAsync(request.ServerId, context.CancellationToken),
        };

        await context.RespondAsync(new ServerHistory { ServerId = request.ServerId, Window = request.Window, Points = points });
    }
}

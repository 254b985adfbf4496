using Microsoft.Extensions.Hosting;
using PteroPulse.Discord.Interactions;

namespace PteroPulse.Discord.Gateway;

/// <summary>
/// Hands INTERACTION_CREATE to the interaction dispatcher (answering by REST callback), each on its own task so a
/// slow handler never holds up the events behind it.
/// </summary>
internal sealed class GatewayInteractionHandler(IInteractionDispatcher dispatcher, RestInteractionResponder responder, IHostApplicationLifetime lifetime)
    : IGatewayEventHandler
{
    public ValueTask HandleAsync(GatewayEvent gatewayEvent, CancellationToken cancellationToken)
    {
        if (gatewayEvent is InteractionCreateEvent created)
        {
            // The dispatcher catches handler failures itself and answers the user.
            _ = Task.Run(() => dispatcher.DispatchAsync(created.Interaction, responder, lifetime.ApplicationStopping), CancellationToken.None);
        }

        return ValueTask.CompletedTask;
    }
}

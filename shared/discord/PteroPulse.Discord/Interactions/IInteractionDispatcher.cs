using PteroPulse.Discord.Models;

namespace PteroPulse.Discord.Interactions;

/// <summary>Entry point for every interaction, whether it came over the gateway or the HTTP endpoint.</summary>
public interface IInteractionDispatcher
{
    /// <summary>Routes the interaction to its handler and returns when the handler is done (or failed and was answered).</summary>
    Task DispatchAsync(Interaction interaction, IInteractionResponder responder, CancellationToken cancellationToken);
}

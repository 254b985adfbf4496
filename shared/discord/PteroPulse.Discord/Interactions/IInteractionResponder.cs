using PteroPulse.Discord.Models;

namespace PteroPulse.Discord.Interactions;

/// <summary>
/// Delivers the one initial answer to an interaction: by REST callback (gateway interactions) or as the HTTP
/// response of the interactions endpoint.
/// </summary>
public interface IInteractionResponder
{
    Task RespondAsync(Interaction interaction, InteractionCallback callback, CancellationToken cancellationToken);
}

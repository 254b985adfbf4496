using PteroPulse.Discord.Models;
using PteroPulse.Discord.Rest;

namespace PteroPulse.Discord.Interactions;

/// <summary>Answers with <c>POST /interactions/{id}/{token}/callback</c>; used for gateway interactions.</summary>
public sealed class RestInteractionResponder(IDiscordRestClient rest) : IInteractionResponder
{
    public Task RespondAsync(Interaction interaction, InteractionCallback callback, CancellationToken cancellationToken) =>
        rest.SendInteractionCallbackAsync(interaction.Id, interaction.Token, callback, cancellationToken);
}

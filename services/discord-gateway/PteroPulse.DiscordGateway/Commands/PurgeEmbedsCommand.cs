using PteroPulse.Discord.Interactions;
using PteroPulse.Discord.Models;
using PteroPulse.Discord.Rest;
using PteroPulse.DiscordGateway.Access;
using PteroPulse.DiscordGateway.Locations;
using PteroPulse.DiscordGateway.Updates;

namespace PteroPulse.DiscordGateway.Commands;

/// <summary><c>/purge_embeds</c>: deletes every status embed of this guild and forgets their locations.</summary>
public sealed class PurgeEmbedsCommand(AccessPolicy access, IEmbedLocationStore store, IDiscordRestClient rest) : ISlashCommandHandler
{
    public ApplicationCommandProperties Command { get; } = AdminCommand.Define("purge_embeds", "Delete every status embed in this server");

    public async Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var interaction = context.Interaction;
        var decision = access.AuthorizeAdmin(interaction.GuildId, interaction.ToMemberAccess());
        if (decision != AccessDecision.Allowed)
        {
            await context.ReplyEphemeralAsync(AccessReplies.For(decision), cancellationToken);
            return;
        }

        await context.DeferAsync(ephemeral: true, cancellationToken);
        var deleted = 0;
        foreach (var location in await store.GetByGuildAsync(interaction.GuildId!.Value, cancellationToken))
        {
            try
            {
                await rest.DeleteMessageAsync(location.ChannelId, location.MessageId, "PteroPulse: /purge_embeds", cancellationToken);
            }
            catch (DiscordRestException ex) when (ex.Code is DiscordErrorCodes.UnknownMessage or DiscordErrorCodes.UnknownChannel
                or DiscordErrorCodes.MissingAccess or DiscordErrorCodes.MissingPermissions)
            {
                // Gone already, or out of reach: forgetting it is all that is left to do.
            }

            deleted += await store.RemoveAsync(location, cancellationToken) ? 1 : 0;
        }

        await context.ReplyEphemeralAsync(deleted == 0 ? "There were no status embeds to delete." : $"🗑️ Deleted {deleted} status embed(s).", cancellationToken);
    }
}

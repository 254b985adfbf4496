using PteroPulse.Discord.Interactions;
using PteroPulse.Discord.Models;
using PteroPulse.DiscordGateway.Access;
using PteroPulse.DiscordGateway.Servers;
using StatusCustomIds = PteroPulse.DiscordGateway.Embeds.CustomIds;

namespace PteroPulse.DiscordGateway.Commands;

/// <summary>The select menu of /server_status: posts the chosen server's embed, checked again as if typed.</summary>
public sealed class SelectServerHandler(AccessPolicy access, ServerDirectory directory, StatusEmbedPoster poster) : IComponentHandler
{
    public string CustomIdPrefix => StatusCustomIds.ServerSelect;

    public async Task HandleAsync(ComponentContext context, CancellationToken cancellationToken)
    {
        var interaction = context.Interaction;
        var decision = access.AuthorizeAdmin(interaction.GuildId, interaction.ToMemberAccess());
        if (decision != AccessDecision.Allowed)
        {
            await context.ReplyEphemeralAsync(AccessReplies.For(decision), cancellationToken);
            return;
        }

        // Acknowledge at once (the menu stays as it is), then replace the menu with the outcome.
        await context.DeferAsync(cancellationToken: cancellationToken);
        var server = context.Values.Count == 1 ? await directory.FindAsync(interaction.GuildId, context.Values[0], cancellationToken) : null;
        if (server is null || server.ServerId != context.Values[0])
        {
            await context.UpdateMessageAsync(new MessageProperties { Content = AccessReplies.For(AccessDecision.ServerNotVisible), Components = [] }, cancellationToken);
            return;
        }

        var reply = await poster.PostAsync(interaction.GuildId!.Value, interaction.ChannelId!.Value, server, cancellationToken);
        await context.UpdateMessageAsync(new MessageProperties { Content = reply, Components = [] }, cancellationToken);
    }
}

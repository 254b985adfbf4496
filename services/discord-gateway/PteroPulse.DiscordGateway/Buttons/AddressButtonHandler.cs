using PteroPulse.Discord.Interactions;
using PteroPulse.DiscordGateway.Access;
using PteroPulse.DiscordGateway.Embeds;
using PteroPulse.DiscordGateway.Servers;

namespace PteroPulse.DiscordGateway.Buttons;

/// <summary>Show address: the server's default allocation (<c>ip_alias</c> or <c>ip</c>, and port), privately.</summary>
public sealed class AddressButtonHandler(AccessPolicy access, ServerDirectory directory) : IComponentHandler
{
    public string CustomIdPrefix => "address";

    public async Task HandleAsync(ComponentContext context, CancellationToken cancellationToken)
    {
        var interaction = context.Interaction;
        if (!CustomIds.TryParse(context.CustomId, out var action, out var serverId) || action != ButtonAction.ShowAddress)
        {
            await context.ReplyEphemeralAsync("This button is not one of ours any more. Run /server_status again.", cancellationToken);
            return;
        }

        var decision = access.Authorize(action, interaction.GuildId, interaction.ToMemberAccess(), serverId);
        if (decision != AccessDecision.Allowed)
        {
            await context.ReplyEphemeralAsync(AccessReplies.For(decision), cancellationToken);
            return;
        }

        var server = await directory.FindAsync(interaction.GuildId, serverId, cancellationToken);
        var reply = server?.DefaultAllocation is { } allocation
            ? $"📡 **{server.Name}**: `{(string.IsNullOrWhiteSpace(allocation.IpAlias) ? allocation.Ip : allocation.IpAlias)}:{allocation.Port}`"
            : "❔ The panel lists no address for this server.";
        await context.ReplyEphemeralAsync(reply, cancellationToken);
    }
}

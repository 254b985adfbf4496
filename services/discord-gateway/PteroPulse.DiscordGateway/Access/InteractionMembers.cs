using PteroPulse.Discord.Models;

namespace PteroPulse.DiscordGateway.Access;

public static class InteractionMembers
{
    /// <summary>The invoking member's roles and permissions; in a DM (no member) nothing is granted.</summary>
    public static MemberAccess ToMemberAccess(this Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return new MemberAccess(interaction.Invoker?.Id ?? 0, interaction.Member?.Roles ?? [], interaction.Member?.Permissions ?? 0);
    }
}

using Microsoft.Extensions.Options;
using PteroPulse.DiscordGateway.Embeds;

namespace PteroPulse.DiscordGateway.Access;

/// <summary>
/// Who may do what, from the "Discord" options: guild allow-list, per-guild server allow-list, admin role, per-action
/// power roles and the viewer role. Every check starts from the ids in the interaction, never from the message the
/// button sits on, so a forged custom_id reaches only what the guild may see anyway.
/// </summary>
public sealed class AccessPolicy(IOptionsMonitor<DiscordGatewayOptions> options)
{
    private DiscordGatewayOptions Options => options.CurrentValue;

    /// <summary>Interactions from DMs and from guilds outside a configured allow-list get nothing.</summary>
    public bool IsGuildAllowed(ulong? guildId) =>
        guildId is { } id && id != 0 && (Options.GuildIds.Count == 0 || Options.GuildIds.Contains(id));

    /// <summary>A guild without an entry in GuildServers sees every server the panel key sees.</summary>
    public bool CanSee(ulong? guildId, string serverId)
    {
        if (!IsGuildAllowed(guildId))
        {
            return false;
        }

        return !Options.GuildServers.TryGetValue(guildId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), out var servers)
            || servers.Contains(serverId, StringComparer.Ordinal);
    }

    public bool IsAdmin(MemberAccess member) =>
        (Options.DiscordAdministratorsAreAdmins && member.IsDiscordAdministrator) || member.RoleIds.Any(Options.AdminRoleIds.Contains);

    /// <summary>Viewers (for /servers): the viewer roles, anyone with a power role, admins; everyone when no viewer role is set.</summary>
    public bool IsViewer(MemberAccess member)
    {
        var o = Options;
        return o.ViewerRoleIds.Count == 0 || IsAdmin(member)
            || member.RoleIds.Any(r => o.ViewerRoleIds.Contains(r) || o.PowerRoles.Start.Contains(r)
                || o.PowerRoles.Stop.Contains(r) || o.PowerRoles.Restart.Contains(r));
    }

    /// <summary>May this member press this button for this server in this guild?</summary>
    public AccessDecision Authorize(ButtonAction action, ulong? guildId, MemberAccess member, string serverId)
    {
        if (!IsGuildAllowed(guildId))
        {
            return AccessDecision.GuildNotAllowed;
        }

        if (!CanSee(guildId, serverId))
        {
            return AccessDecision.ServerNotVisible;
        }

        var allowed = action switch
        {
            ButtonAction.ShowAddress => IsViewer(member),
            ButtonAction.Start => IsAdmin(member) || member.RoleIds.Any(Options.PowerRoles.Start.Contains),
            ButtonAction.Stop => IsAdmin(member) || member.RoleIds.Any(Options.PowerRoles.Stop.Contains),
            ButtonAction.Restart => IsAdmin(member) || member.RoleIds.Any(Options.PowerRoles.Restart.Contains),
            _ => false,
        };
        return allowed ? AccessDecision.Allowed : AccessDecision.MissingRole;
    }

    /// <summary>Admin commands (/server_status, /refresh_embeds, /purge_embeds).</summary>
    public AccessDecision AuthorizeAdmin(ulong? guildId, MemberAccess member) =>
        !IsGuildAllowed(guildId) ? AccessDecision.GuildNotAllowed
        : IsAdmin(member) ? AccessDecision.Allowed : AccessDecision.MissingRole;

    public AccessDecision AuthorizeViewer(ulong? guildId, MemberAccess member) =>
        !IsGuildAllowed(guildId) ? AccessDecision.GuildNotAllowed
        : IsViewer(member) ? AccessDecision.Allowed : AccessDecision.MissingRole;
}

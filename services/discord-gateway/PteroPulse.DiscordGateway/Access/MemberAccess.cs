namespace PteroPulse.DiscordGateway.Access;

/// <summary>Who pressed or typed something, as far as authorisation cares: the member's roles and guild permissions.</summary>
/// <param name="UserId">The Discord user.</param>
/// <param name="RoleIds">The member's roles in the guild.</param>
/// <param name="Permissions">The member's computed permissions in the channel, as Discord sends them with an interaction.</param>
public sealed record MemberAccess(ulong UserId, IReadOnlyCollection<ulong> RoleIds, ulong Permissions)
{
    /// <summary>Discord's ADMINISTRATOR permission bit.</summary>
    public const ulong AdministratorPermission = 1UL << 3;

    public bool IsDiscordAdministrator => (Permissions & AdministratorPermission) != 0;
}

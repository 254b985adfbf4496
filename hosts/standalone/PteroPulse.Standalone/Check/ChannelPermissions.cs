namespace PteroPulse.Standalone.Check;

/// <summary>
/// A member's permissions in a channel, computed as Discord documents it ("Permission Overwrites"): @everyone and
/// the member's roles, Administrator and ownership grant everything, then the channel's @everyone overwrite, the
/// role overwrites together, and the member's own overwrite; finally the implicit rules (no View Channel means
/// nothing; no Send Messages means no embeds or files either).
/// </summary>
public static class ChannelPermissions
{
    public const ulong ViewChannel = 1UL << 10;
    public const ulong SendMessages = 1UL << 11;
    public const ulong EmbedLinks = 1UL << 14;
    public const ulong AttachFiles = 1UL << 15;
    public const ulong ReadMessageHistory = 1UL << 16;
    public const ulong Administrator = 1UL << 3;
    public const ulong All = ulong.MaxValue;

    /// <summary>What the bot needs in a status, alert or audit channel: post and edit embeds with a graph image.</summary>
    public const ulong Required = ViewChannel | SendMessages | EmbedLinks | AttachFiles | ReadMessageHistory;

    private static readonly (ulong Bit, string Name)[] Names =
    [
        (ViewChannel, "View Channel"), (SendMessages, "Send Messages"), (EmbedLinks, "Embed Links"),
        (AttachFiles, "Attach Files"), (ReadMessageHistory, "Read Message History"),
    ];

    public static ulong Compute(ChannelPermissionInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.UserId == input.GuildOwnerId)
        {
            return All;
        }

        var permissions = input.RolePermissions.GetValueOrDefault(input.GuildId);
        foreach (var role in input.MemberRoles)
        {
            permissions |= input.RolePermissions.GetValueOrDefault(role);
        }

        if ((permissions & Administrator) != 0)
        {
            return All;
        }

        permissions = Apply(permissions, input.Overwrites.Where(o => o.Id == input.GuildId));
        var roles = input.Overwrites.Where(o => o.Type == 0 && input.MemberRoles.Contains(o.Id)).ToList();
        var deny = roles.Aggregate(0UL, (bits, o) => bits | o.Deny);
        var allow = roles.Aggregate(0UL, (bits, o) => bits | o.Allow);
        permissions = (permissions & ~deny) | allow;
        permissions = Apply(permissions, input.Overwrites.Where(o => o.Type == 1 && o.Id == input.UserId));
        return Implicit(permissions);
    }

    public static string Describe(ulong missing) =>
        string.Join(", ", Names.Where(n => (missing & n.Bit) != 0).Select(n => n.Name));

    private static ulong Apply(ulong permissions, IEnumerable<PermissionOverwrite> overwrites) =>
        overwrites.Aggregate(permissions, (bits, o) => (bits & ~o.Deny) | o.Allow);

    private static ulong Implicit(ulong permissions)
    {
        if ((permissions & ViewChannel) == 0)
        {
            return 0;
        }

        return (permissions & SendMessages) == 0 ? permissions & ~(EmbedLinks | AttachFiles) : permissions;
    }
}

/// <summary>An overwrite on a channel: <see cref="Type"/> 0 is a role (the guild id for @everyone), 1 a member.</summary>
public sealed record PermissionOverwrite(ulong Id, int Type, ulong Allow, ulong Deny);

public sealed record ChannelPermissionInput(
    ulong GuildId,
    ulong GuildOwnerId,
    ulong UserId,
    IReadOnlyDictionary<ulong, ulong> RolePermissions,
    IReadOnlyList<ulong> MemberRoles,
    IReadOnlyList<PermissionOverwrite> Overwrites);

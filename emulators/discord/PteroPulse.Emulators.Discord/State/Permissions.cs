namespace PteroPulse.Emulators.Discord.State;

/// <summary>Permission bits from Discord's permissions page, and the documented computation with overwrites.</summary>
public static class Permissions
{
    public const ulong Administrator = 1UL << 3;
    public const ulong ManageGuild = 1UL << 5;
    public const ulong ViewChannel = 1UL << 10;
    public const ulong SendMessages = 1UL << 11;
    public const ulong ManageMessages = 1UL << 13;
    public const ulong EmbedLinks = 1UL << 14;
    public const ulong AttachFiles = 1UL << 15;
    public const ulong ReadMessageHistory = 1UL << 16;
    public const ulong UseApplicationCommands = 1UL << 31;
    public const ulong All = (1UL << 51) - 1;

    public static ulong Base(GuildState guild, MemberState member)
    {
        if (guild.OwnerId == member.UserId)
        {
            return All;
        }

        var permissions = guild.Roles.TryGetValue(guild.Id, out var everyone) ? everyone.Permissions : 0;
        foreach (var roleId in member.Roles)
        {
            if (guild.Roles.TryGetValue(roleId, out var role))
            {
                permissions |= role.Permissions;
            }
        }

        return (permissions & Administrator) != 0 ? All : permissions;
    }

    public static ulong InChannel(GuildState guild, ChannelState channel, MemberState member)
    {
        var permissions = Base(guild, member);
        if (permissions == All)
        {
            return All;
        }

        var overwrites = channel.Overwrites;
        if (overwrites.TryGetValue(guild.Id, out var everyone))
        {
            permissions = (permissions & ~everyone.Deny) | everyone.Allow;
        }

        ulong allow = 0, deny = 0;
        foreach (var roleId in member.Roles)
        {
            if (overwrites.TryGetValue(roleId, out var o) && o.Type == 0)
            {
                allow |= o.Allow;
                deny |= o.Deny;
            }
        }

        permissions = (permissions & ~deny) | allow;
        if (overwrites.TryGetValue(member.UserId, out var own) && own.Type == 1)
        {
            permissions = (permissions & ~own.Deny) | own.Allow;
        }

        return permissions;
    }
}

using PteroPulse.Emulators.Discord.Seeding;

namespace PteroPulse.Standalone.Demo;

/// <summary>
/// The demo's Discord guild: the emulator's default guild (an admin and a plain member, a status channel) plus an
/// operator who may start and restart but not stop, and channels for alerts and the audit trail.
/// </summary>
public static class DemoWorld
{
    public const ulong GuildId = DefaultSeed.GuildId;
    public const ulong StatusChannelId = DefaultSeed.StatusChannelId;
    public const ulong AlertChannelId = 1301234567890123470;
    public const ulong AuditChannelId = 1301234567890123471;
    public const ulong AdminRoleId = DefaultSeed.AdminRoleId;
    public const ulong BotRoleId = DefaultSeed.BotRoleId;
    public const ulong OperatorRoleId = 1290000000000000110;
    public const ulong AdminUserId = DefaultSeed.AdminUserId;
    public const ulong MemberUserId = DefaultSeed.MemberUserId;
    public const ulong OperatorUserId = 1280000000000000570;

    public const string StatusChannelName = "server-status";

    public static EmulatorSeed Seed()
    {
        var seed = DefaultSeed.Create();

        // The viewer's "acting as" list shows display names: say what each member may do.
        seed.Users.Single(u => u.Id == AdminUserId).GlobalName = "Freya (admin)";
        seed.Users.Single(u => u.Id == MemberUserId).GlobalName = "Bjorn (member)";
        seed.Users.Add(new SeedUser { Id = OperatorUserId, Username = "sigrid", GlobalName = "Sigrid (operator)" });
        var guild = seed.Guilds[0];
        guild.Name = "PteroPulse Demo";
        guild.Roles.Add(new SeedRole { Id = OperatorRoleId, Name = "Operator", Permissions = "0", Color = 3447003, Position = 1 });
        guild.Channels.Add(new SeedChannel { Id = AlertChannelId, Name = "alerts", Type = 0, Position = 2, Topic = "Crashes and outages" });
        guild.Channels.Add(new SeedChannel { Id = AuditChannelId, Name = "audit", Type = 0, Position = 3, Topic = "Who pressed what" });
        guild.Members.Add(new SeedMember { UserId = OperatorUserId, Roles = [OperatorRoleId] });
        return seed;
    }
}

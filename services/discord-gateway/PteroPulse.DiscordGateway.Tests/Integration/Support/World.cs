using PteroPulse.Emulators.Discord.Seeding;

namespace PteroPulse.DiscordGateway.Tests.Integration.Support;

/// <summary>The emulated Discord guild the integration tests play in: the default seed plus alert and audit channels and a restarter.</summary>
internal static class World
{
    public const ulong GuildId = DefaultSeed.GuildId;
    public const ulong StatusChannelId = DefaultSeed.StatusChannelId;
    public const ulong AlertChannelId = 1301234567890123460;
    public const ulong AuditChannelId = 1301234567890123461;
    public const ulong AdminRoleId = DefaultSeed.AdminRoleId;
    public const ulong RestarterRoleId = 1290000000000000102;
    public const ulong AdminUserId = DefaultSeed.AdminUserId;
    public const ulong MemberUserId = DefaultSeed.MemberUserId;
    public const ulong RestarterUserId = 1280000000000000557;

    public static EmulatorSeed Seed()
    {
        var seed = DefaultSeed.Create();
        seed.Users.Add(new SeedUser { Id = RestarterUserId, Username = "sigrid", GlobalName = "Sigrid" });
        var guild = seed.Guilds[0];
        guild.Roles.Add(new SeedRole { Id = RestarterRoleId, Name = "Restarter", Permissions = "0", Position = 1 });
        guild.Channels.Add(new SeedChannel { Id = AlertChannelId, Name = "alerts", Type = 0, Position = 2 });
        guild.Channels.Add(new SeedChannel { Id = AuditChannelId, Name = "audit", Type = 0, Position = 3 });
        guild.Members.Add(new SeedMember { UserId = RestarterUserId, Roles = [RestarterRoleId] });
        return seed;
    }
}

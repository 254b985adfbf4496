namespace PteroPulse.Emulators.Discord.Seeding;

/// <summary>The world used when no seed is configured: one guild, a status channel, an admin and a plain member.</summary>
public static class DefaultSeed
{
    public const ulong GuildId = 1290000000000000000;
    public const ulong StatusChannelId = 1301234567890123456;
    public const ulong GeneralChannelId = 1301234567890123457;
    public const ulong AdminRoleId = 1290000000000000100;
    public const ulong BotRoleId = 1290000000000000101;
    public const ulong AdminUserId = 1280000000000000555;
    public const ulong MemberUserId = 1280000000000000556;

    public static EmulatorSeed Create() => new()
    {
        Users =
        [
            new SeedUser { Id = AdminUserId, Username = "freya", GlobalName = "Freya" },
            new SeedUser { Id = MemberUserId, Username = "bjorn", GlobalName = "Bjorn" },
        ],
        Guilds =
        [
            new SeedGuild
            {
                Id = GuildId,
                Name = "Valhalla Hosting",
                OwnerId = AdminUserId,
                EveryonePermissions = "2248473465835073",
                Roles =
                [
                    new SeedRole { Id = AdminRoleId, Name = "Admin", Permissions = "8", Color = 15548997, Position = 2 },
                    new SeedRole { Id = BotRoleId, Name = "PteroPulse", Permissions = "2147601408", Position = 1 },
                ],
                Channels =
                [
                    new SeedChannel { Id = StatusChannelId, Name = "server-status", Type = 0, Topic = "Live status" },
                    new SeedChannel { Id = GeneralChannelId, Name = "general", Type = 0, Position = 1 },
                ],
                Members =
                [
                    new SeedMember { UserId = AdminUserId, Roles = [AdminRoleId] },
                    new SeedMember { UserId = MemberUserId },
                ],
                BotRoles = [BotRoleId],
            },
        ],
    };
}

namespace PteroPulse.Emulators.Discord.Seeding;

/// <summary>The world the emulator starts with. Ids are snowflakes; permissions are decimal bitsets as in Discord.</summary>
public sealed class EmulatorSeed
{
    public List<SeedGuild> Guilds { get; set; } = [];

    public List<SeedUser> Users { get; set; } = [];
}

public sealed class SeedUser
{
    public ulong Id { get; set; }

    public string Username { get; set; } = "";

    public string? GlobalName { get; set; }
}

public sealed class SeedGuild
{
    public ulong Id { get; set; }

    public string Name { get; set; } = "";

    public ulong OwnerId { get; set; }

    /// <summary>Permissions of @everyone (the role whose id equals the guild id).</summary>
    public string EveryonePermissions { get; set; } = "2248473465835073";

    public List<SeedRole> Roles { get; set; } = [];

    public List<SeedChannel> Channels { get; set; } = [];

    public List<SeedMember> Members { get; set; } = [];

    /// <summary>Roles of the bot's own member in this guild.</summary>
    public List<ulong> BotRoles { get; set; } = [];
}

public sealed class SeedRole
{
    public ulong Id { get; set; }

    public string Name { get; set; } = "";

    public string Permissions { get; set; } = "0";

    public int Color { get; set; }

    public int Position { get; set; }
}

public sealed class SeedChannel
{
    public ulong Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>0 GUILD_TEXT, 2 GUILD_VOICE, 4 GUILD_CATEGORY, 5 GUILD_ANNOUNCEMENT.</summary>
    public int Type { get; set; }

    public ulong? ParentId { get; set; }

    public string? Topic { get; set; }

    public int Position { get; set; }

    public List<SeedOverwrite> PermissionOverwrites { get; set; } = [];
}

public sealed class SeedOverwrite
{
    public ulong Id { get; set; }

    /// <summary>0 role, 1 member.</summary>
    public int Type { get; set; }

    public string Allow { get; set; } = "0";

    public string Deny { get; set; } = "0";
}

public sealed class SeedMember
{
    public ulong UserId { get; set; }

    public string? Nick { get; set; }

    public List<ulong> Roles { get; set; } = [];
}

namespace PteroPulse.Emulators.Discord.State;

public sealed class GuildState
{
    public required ulong Id { get; init; }

    public required string Name { get; set; }

    public ulong OwnerId { get; set; }

    public Dictionary<ulong, RoleState> Roles { get; } = [];

    public Dictionary<ulong, MemberState> Members { get; } = [];

    public List<ulong> ChannelIds { get; } = [];

    public DateTimeOffset JoinedAt { get; set; }
}

public sealed class RoleState
{
    public required ulong Id { get; init; }

    public required string Name { get; set; }

    public ulong Permissions { get; set; }

    public int Color { get; set; }

    public int Position { get; set; }
}

public sealed class MemberState
{
    public required ulong UserId { get; init; }

    public string? Nick { get; set; }

    public List<ulong> Roles { get; } = [];

    public DateTimeOffset JoinedAt { get; set; }
}

public sealed class UserState
{
    public required ulong Id { get; init; }

    public required string Username { get; set; }

    public string? GlobalName { get; set; }

    public bool Bot { get; init; }
}

public sealed class OverwriteState
{
    public required ulong Id { get; init; }

    public int Type { get; init; }

    public ulong Allow { get; set; }

    public ulong Deny { get; set; }
}

public sealed class ChannelState
{
    public required ulong Id { get; init; }

    public ulong? GuildId { get; init; }

    public required string Name { get; set; }

    public int Type { get; set; }

    public ulong? ParentId { get; set; }

    public string? Topic { get; set; }

    public int Position { get; set; }

    public bool Deleted { get; set; }

    public Dictionary<ulong, OverwriteState> Overwrites { get; } = [];

    public ulong? LastMessageId { get; set; }
}

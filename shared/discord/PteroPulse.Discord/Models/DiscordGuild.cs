namespace PteroPulse.Discord.Models;

/// <summary>A guild as GUILD_CREATE delivers it (only what PteroPulse reads).</summary>
public sealed record DiscordGuild
{
    public ulong Id { get; init; }
    public string? Name { get; init; }
    public bool? Unavailable { get; init; }
    public ulong? OwnerId { get; init; }
    public int? MemberCount { get; init; }
    public IReadOnlyList<DiscordChannel> Channels { get; init; } = [];
}

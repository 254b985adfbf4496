namespace PteroPulse.Discord.Models;

/// <summary>A channel (<c>GET /channels/{id}</c>); <see cref="Type"/> 0 is a guild text channel.</summary>
public sealed record DiscordChannel
{
    public ulong Id { get; init; }
    public int Type { get; init; }
    public ulong? GuildId { get; init; }
    public string? Name { get; init; }
    public ulong? ParentId { get; init; }
}

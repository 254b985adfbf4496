namespace PteroPulse.Discord.Models;

/// <summary>A Discord user as the API returns it (only the fields PteroPulse reads).</summary>
public sealed record DiscordUser
{
    public ulong Id { get; init; }
    public string Username { get; init; } = "";
    public string? GlobalName { get; init; }
    public bool? Bot { get; init; }
}

namespace PteroPulse.Discord.Models;

/// <summary>The bot's application (<c>GET /applications/@me</c>); <see cref="VerifyKey"/> is the interactions public key.</summary>
public sealed record DiscordApplication
{
    public ulong Id { get; init; }
    public string Name { get; init; } = "";
    public string? VerifyKey { get; init; }
    public long? Flags { get; init; }
}

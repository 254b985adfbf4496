namespace PteroPulse.Discord.Models;

/// <summary>A file attached to a message. Files only referenced from an embed never appear in a message's list.</summary>
public sealed record DiscordAttachment
{
    public ulong Id { get; init; }
    public string Filename { get; init; } = "";
    public string? Description { get; init; }
    public string? ContentType { get; init; }
    public long Size { get; init; }
    public string Url { get; init; } = "";
}

using System.Text.Json;

namespace PteroPulse.Discord.Models;

/// <summary>A message as Discord returns it. Components stay raw JSON: we build them, we never read them back.</summary>
public sealed record DiscordMessage
{
    public ulong Id { get; init; }
    public ulong ChannelId { get; init; }
    public DiscordUser? Author { get; init; }
    public string Content { get; init; } = "";
    public DateTimeOffset? Timestamp { get; init; }
    public DateTimeOffset? EditedTimestamp { get; init; }
    public IReadOnlyList<Embed> Embeds { get; init; } = [];
    public IReadOnlyList<DiscordAttachment> Attachments { get; init; } = [];
    public IReadOnlyList<JsonElement> Components { get; init; } = [];
    public MessageFlags? Flags { get; init; }
    public ulong? ApplicationId { get; init; }
}

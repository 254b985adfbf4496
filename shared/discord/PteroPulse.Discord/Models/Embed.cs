namespace PteroPulse.Discord.Models;

/// <summary>
/// A rich embed, sent and received in the same shape. Build one with <see cref="Builders.EmbedBuilder"/>, which keeps
/// it inside Discord's limits.
/// </summary>
public sealed record Embed
{
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? Url { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
    public int? Color { get; init; }
    public EmbedFooter? Footer { get; init; }
    public EmbedMedia? Image { get; init; }
    public EmbedMedia? Thumbnail { get; init; }
    public EmbedAuthor? Author { get; init; }
    public IReadOnlyList<EmbedField>? Fields { get; init; }
}

public sealed record EmbedFooter
{
    public string Text { get; init; } = "";
    public string? IconUrl { get; init; }
}

/// <summary>An image or thumbnail; <c>attachment://name.png</c> points at a file uploaded with the message.</summary>
public sealed record EmbedMedia
{
    public string Url { get; init; } = "";
}

public sealed record EmbedAuthor
{
    public string Name { get; init; } = "";
    public string? Url { get; init; }
    public string? IconUrl { get; init; }
}

public sealed record EmbedField
{
    public string Name { get; init; } = "";
    public string Value { get; init; } = "";
    public bool? Inline { get; init; }
}

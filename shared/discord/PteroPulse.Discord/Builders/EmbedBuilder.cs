using PteroPulse.Discord.Models;

namespace PteroPulse.Discord.Builders;

/// <summary>
/// Builds an <see cref="Embed"/> inside Discord's limits: text is shortened with an ellipsis, counts that cannot be
/// shortened (fields) throw <see cref="DiscordLimitException"/>, and the 6000-character total is met by trimming the
/// description, then field values from the last one.
/// </summary>
public sealed class EmbedBuilder
{
    private readonly List<EmbedField> _fields = [];
    private Embed _embed = new();

    public EmbedBuilder WithTitle(string title) => Set(_embed with { Title = Text.Truncate(title, DiscordLimits.EmbedTitle) });

    public EmbedBuilder WithDescription(string description) =>
        Set(_embed with { Description = Text.Truncate(description, DiscordLimits.EmbedDescription) });

    public EmbedBuilder WithUrl(string url) => Set(_embed with { Url = url });

    /// <summary>0xRRGGBB, e.g. 0x57F287 green.</summary>
    public EmbedBuilder WithColor(int rgb)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rgb);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rgb, 0xFFFFFF);
        return Set(_embed with { Color = rgb });
    }

    public EmbedBuilder WithTimestamp(DateTimeOffset timestamp) => Set(_embed with { Timestamp = timestamp });

    public EmbedBuilder WithFooter(string text, string? iconUrl = null) =>
        Set(_embed with { Footer = new EmbedFooter { Text = Text.Truncate(text, DiscordLimits.EmbedFooter), IconUrl = iconUrl } });

    public EmbedBuilder WithAuthor(string name, string? url = null, string? iconUrl = null) =>
        Set(_embed with { Author = new EmbedAuthor { Name = Text.Truncate(name, DiscordLimits.EmbedAuthorName), Url = url, IconUrl = iconUrl } });

    /// <summary>An image URL, or <see cref="AttachmentProperties.AttachmentUrl"/> of a file sent with the message.</summary>
    public EmbedBuilder WithImage(string url) => Set(_embed with { Image = new EmbedMedia { Url = url } });

    public EmbedBuilder WithThumbnail(string url) => Set(_embed with { Thumbnail = new EmbedMedia { Url = url } });

    public EmbedBuilder AddField(string name, string value, bool inline = false)
    {
        if (_fields.Count == DiscordLimits.EmbedFields)
        {
            throw new DiscordLimitException($"An embed holds at most {DiscordLimits.EmbedFields} fields.");
        }

        // Discord refuses empty names and values; a zero-width space is what clients show as blank.
        _fields.Add(new EmbedField
        {
            Name = Text.Truncate(string.IsNullOrWhiteSpace(name) ? "\u200b" : name, DiscordLimits.EmbedFieldName),
            Value = Text.Truncate(string.IsNullOrWhiteSpace(value) ? "\u200b" : value, DiscordLimits.EmbedFieldValue),
            Inline = inline ? true : null,
        });
        return this;
    }

    public Embed Build()
    {
        var embed = _embed with { Fields = _fields.Count > 0 ? [.. _fields] : null };
        return EmbedLength.FitWithin(embed, DiscordLimits.EmbedTotal);
    }

    private EmbedBuilder Set(Embed embed)
    {
        _embed = embed;
        return this;
    }
}

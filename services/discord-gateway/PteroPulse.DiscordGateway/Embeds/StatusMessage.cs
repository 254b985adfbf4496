namespace PteroPulse.DiscordGateway.Embeds;

/// <summary>
/// A status message as the gateway means it, free of any Discord client type: one embed, one row of buttons and the
/// graph PNG when there is one. The Discord mapping turns it into the client's request.
/// </summary>
public sealed record StatusMessage(string ServerId, StatusEmbed Embed, IReadOnlyList<StatusButton> Buttons, GraphAttachment? Graph);

/// <summary>The embed of a status message.</summary>
public sealed record StatusEmbed(
    string Title,
    string? Description,
    int Color,
    IReadOnlyList<StatusField> Fields,
    string FooterText,
    DateTimeOffset Timestamp,
    string? ImageUrl);

public sealed record StatusField(string Name, string Value, bool Inline);

public sealed record StatusButton(string Label, StatusButtonStyle Style, string CustomId, bool Disabled, string? Emoji);

/// <summary>Discord's button styles (numbers as on the wire).</summary>
public enum StatusButtonStyle
{
    Primary = 1,
    Secondary = 2,
    Success = 3,
    Danger = 4,
}

/// <summary>The graph PNG, uploaded with the message and shown as the embed's image via <c>attachment://</c>.</summary>
public sealed record GraphAttachment(string FileName, ReadOnlyMemory<byte> Png);

using System.Text.Json.Serialization;

namespace PteroPulse.Discord.Models;

/// <summary>
/// The body of a message create, edit, followup or interaction reply. Only set fields are sent. On edit, a null
/// field stays as it is on Discord; an empty list clears it.
/// </summary>
public sealed record MessageProperties
{
    public string? Content { get; init; }
    public IReadOnlyList<Embed>? Embeds { get; init; }
    public IReadOnlyList<MessageComponent>? Components { get; init; }
    public AllowedMentions? AllowedMentions { get; init; }
    public MessageFlags? Flags { get; init; }

    /// <summary>
    /// Files to upload and existing attachments to keep. Written by the REST layer as the <c>attachments</c> array
    /// plus <c>files[n]</c> parts; when set on an edit it is the complete list that remains.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<AttachmentProperties>? Attachments { get; init; }

    /// <summary>Set by the client on create so a retried request after a network failure cannot post twice.</summary>
    [JsonInclude]
    internal string? Nonce { get; init; }

    [JsonInclude]
    internal bool? EnforceNonce { get; init; }
}

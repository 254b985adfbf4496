namespace PteroPulse.Discord.Models;

/// <summary>
/// One entry of a message's <c>attachments</c> list: either a new file uploaded with the request, or an existing
/// attachment (by id) that must stay. On edit the list is the complete set that remains.
/// </summary>
public sealed record AttachmentProperties
{
    private AttachmentProperties(string fileName, ReadOnlyMemory<byte>? content, ulong? existingId, string? description)
    {
        FileName = fileName;
        Content = content;
        ExistingId = existingId;
        Description = description;
    }

    public string FileName { get; }
    public ReadOnlyMemory<byte>? Content { get; }
    public ulong? ExistingId { get; }
    public string? Description { get; init; }

    /// <summary>A file to upload; an embed shows it with <c>attachment://{fileName}</c>.</summary>
    public static AttachmentProperties File(string fileName, ReadOnlyMemory<byte> content, string? description = null) =>
        new(fileName, content, null, description);

    /// <summary>An attachment already on the message that an edit keeps.</summary>
    public static AttachmentProperties Keep(ulong attachmentId) => new("", null, attachmentId, null);

    public string AttachmentUrl => $"attachment://{FileName}";
}

using System.Text.Json.Nodes;

namespace PteroPulse.Emulators.Discord.State;

/// <summary>
/// A stored message. Embeds keep their <c>attachment://</c> references as sent and are resolved when rendered, so an
/// edit that removes a file also drops the image that used it, as Discord does.
/// </summary>
public sealed class MessageState
{
    public const int EphemeralFlag = 1 << 6;
    public const int LoadingFlag = 1 << 7;

    public required ulong Id { get; init; }

    public required ulong ChannelId { get; init; }

    public ulong? GuildId { get; init; }

    public required ulong AuthorId { get; init; }

    /// <summary>0 DEFAULT, 19 REPLY, 20 CHAT_INPUT_COMMAND, 0 for component followups.</summary>
    public int Type { get; init; }

    public ulong? WebhookId { get; init; }

    public ulong? ApplicationId { get; init; }

    public string Content { get; set; } = "";

    public JsonArray Embeds { get; set; } = [];

    public JsonArray Components { get; set; } = [];

    public int Flags { get; set; }

    public bool Tts { get; set; }

    public JsonNode? Nonce { get; set; }

    public required DateTimeOffset Timestamp { get; init; }

    public DateTimeOffset? EditedTimestamp { get; set; }

    public List<StoredFile> Files { get; set; } = [];

    /// <summary>The interaction this message answers, for interaction_metadata.</summary>
    public InteractionState? Interaction { get; init; }

    /// <summary>Ephemeral messages are visible to this user only and reachable only through the webhook routes.</summary>
    public ulong? VisibleOnlyTo { get; set; }

    public bool Deleted { get; set; }

    /// <summary>What a reply points at (message_reference as Discord returns it).</summary>
    public JsonObject? Reference { get; init; }

    public bool IsEphemeral => (Flags & EphemeralFlag) != 0;
}

public sealed class StoredFile
{
    public required ulong Id { get; init; }

    public required string Filename { get; set; }

    public required string ContentType { get; init; }

    public required byte[] Data { get; init; }

    public string? Description { get; set; }

    public string? Title { get; set; }

    public bool IsSpoiler { get; set; }
}

public sealed class CommandState
{
    public required ulong Id { get; init; }

    public ulong? GuildId { get; init; }

    public required string Name { get; init; }

    public int Type { get; init; }

    public required JsonObject Body { get; set; }

    public ulong Version { get; set; }
}

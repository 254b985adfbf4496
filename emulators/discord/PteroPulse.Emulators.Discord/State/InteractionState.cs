using System.Text.Json.Nodes;

namespace PteroPulse.Emulators.Discord.State;

/// <summary>One interaction and how far its lifecycle has gone (initial response, original message, followups).</summary>
public sealed class InteractionState
{
    public const int Ping = 1;
    public const int ApplicationCommand = 2;
    public const int MessageComponent = 3;
    public const int Autocomplete = 4;
    public const int ModalSubmit = 5;

    public required ulong Id { get; init; }

    public required string Token { get; init; }

    public required int Type { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required ulong UserId { get; init; }

    public ulong? GuildId { get; init; }

    public required ulong ChannelId { get; init; }

    /// <summary>The message a component sits on.</summary>
    public ulong? MessageId { get; init; }

    public required JsonObject Payload { get; init; }

    public int? ResponseType { get; set; }

    public ulong? OriginalMessageId { get; set; }

    public bool DeferredEphemeral { get; set; }

    /// <summary>Set after a type 5 defer until the first edit or followup fills the loading message.</summary>
    public bool AwaitingDeferredFill { get; set; }

    public List<ulong> FollowupIds { get; } = [];

    /// <summary>Autocomplete choices the bot answered with, for the viewer.</summary>
    public JsonArray? AutocompleteChoices { get; set; }

    /// <summary>What the bot sent as its initial response, for tests.</summary>
    public JsonNode? InitialResponse { get; set; }

    public string? Name => Payload["data"]?["name"]?.GetValue<string>();
}

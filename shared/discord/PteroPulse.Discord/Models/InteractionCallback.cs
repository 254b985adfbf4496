using System.Text.Json.Serialization;

namespace PteroPulse.Discord.Models;

/// <summary>The initial answer to an interaction (<c>POST /interactions/{id}/{token}/callback</c> or the inline HTTP reply).</summary>
public sealed record InteractionCallback
{
    public InteractionCallbackType Type { get; init; }

    /// <summary>A <see cref="MessageProperties"/> for types 4/5/7, <see cref="AutocompleteResult"/> for 8, null for 1/6.</summary>
    [JsonIgnore]
    public object? Data { get; init; }

    public static InteractionCallback Pong { get; } = new() { Type = InteractionCallbackType.Pong };

    public static InteractionCallback Message(MessageProperties message) =>
        new() { Type = InteractionCallbackType.ChannelMessageWithSource, Data = message };

    public static InteractionCallback DeferredMessage(bool ephemeral = false) =>
        new()
        {
            Type = InteractionCallbackType.DeferredChannelMessageWithSource,
            Data = ephemeral ? new MessageProperties { Flags = MessageFlags.Ephemeral } : null,
        };

    public static InteractionCallback DeferredUpdate { get; } = new() { Type = InteractionCallbackType.DeferredUpdateMessage };

    public static InteractionCallback UpdateMessage(MessageProperties message) =>
        new() { Type = InteractionCallbackType.UpdateMessage, Data = message };

    public static InteractionCallback Autocomplete(IReadOnlyList<ApplicationCommandChoice> choices) =>
        new() { Type = InteractionCallbackType.AutocompleteResult, Data = new AutocompleteResult { Choices = choices } };
}

public enum InteractionCallbackType
{
    Pong = 1,
    ChannelMessageWithSource = 4,
    DeferredChannelMessageWithSource = 5,
    DeferredUpdateMessage = 6,
    UpdateMessage = 7,
    AutocompleteResult = 8,
    Modal = 9,
}

public sealed record AutocompleteResult
{
    public IReadOnlyList<ApplicationCommandChoice> Choices { get; init; } = [];
}

using PteroPulse.Discord.Builders;
using PteroPulse.Discord.Models;
using PteroPulse.Discord.Rest;

namespace PteroPulse.Discord.Interactions;

/// <summary>A component interaction; <see cref="Arguments"/> are the custom_id's segments after the handler's prefix.</summary>
public sealed class ComponentContext(Interaction interaction, IInteractionResponder responder, IDiscordRestClient rest, IReadOnlyList<string> arguments)
    : InteractionContext(interaction, responder, rest)
{
    /// <summary><c>power:5e8b2c41:restart</c> handled by prefix <c>power</c> gives ["5e8b2c41", "restart"].</summary>
    public IReadOnlyList<string> Arguments { get; } = arguments;

    public string CustomId => Interaction.Data?.CustomId ?? "";

    /// <summary>Chosen values of a select menu.</summary>
    public IReadOnlyList<string> Values => Interaction.Data?.Values ?? [];

    internal static IReadOnlyList<string> Split(string customId, string prefix) =>
        customId.Length > prefix.Length ? customId[(prefix.Length + 1)..].Split(CustomIds.Separator) : [];
}

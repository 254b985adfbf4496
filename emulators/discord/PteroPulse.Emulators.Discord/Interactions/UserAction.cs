using System.Text.Json.Nodes;

namespace PteroPulse.Emulators.Discord.Interactions;

/// <summary>What a member does in a client: run a slash command, type into an autocomplete option, click, or choose.</summary>
public enum UserActionKind
{
    SlashCommand,
    Autocomplete,
    Button,
    Select,
    ModalSubmit,
}

/// <summary>
/// One user action. For commands <see cref="Options"/> maps option names to values (strings, numbers, booleans);
/// <see cref="FocusedOption"/> names the option being typed during autocomplete. For components
/// <see cref="MessageId"/> and <see cref="CustomId"/> say what was clicked and <see cref="Values"/> what was chosen;
/// a modal submit names the interaction that opened the modal and the typed <see cref="Fields"/>.
/// </summary>
public sealed record UserAction
{
    public required UserActionKind Kind { get; init; }

    public required ulong UserId { get; init; }

    public ulong ChannelId { get; init; }

    public string? CommandName { get; init; }

    public string? SubcommandName { get; init; }

    public Dictionary<string, JsonNode?> Options { get; init; } = [];

    public string? FocusedOption { get; init; }

    public ulong? MessageId { get; init; }

    public string? CustomId { get; init; }

    public List<string> Values { get; init; } = [];

    /// <summary>For a modal submit: the interaction the bot answered with the modal (type 9).</summary>
    public ulong? ModalOf { get; init; }

    /// <summary>For a modal submit: text input custom_id → what the member typed.</summary>
    public Dictionary<string, string> Fields { get; init; } = [];
}

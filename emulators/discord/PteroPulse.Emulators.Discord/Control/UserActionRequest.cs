using System.Globalization;
using System.Text.Json.Nodes;
using PteroPulse.Emulators.Discord.Interactions;

namespace PteroPulse.Emulators.Discord.Control;

/// <summary>JSON form of a user action, used by the control API and the viewer (ids as strings, like Discord).</summary>
public sealed record UserActionRequest
{
    public string Kind { get; init; } = "";

    public string UserId { get; init; } = "";

    public string? ChannelId { get; init; }

    public string? Command { get; init; }

    public string? Subcommand { get; init; }

    public Dictionary<string, JsonNode?>? Options { get; init; }

    public string? Focused { get; init; }

    public string? MessageId { get; init; }

    public string? CustomId { get; init; }

    public List<string>? Values { get; init; }

    public string? ModalOf { get; init; }

    public Dictionary<string, string>? Fields { get; init; }

    public UserAction ToAction() => new()
    {
        Kind = Kind.ToLowerInvariant() switch
        {
            "command" or "slash" or "slashcommand" => UserActionKind.SlashCommand,
            "autocomplete" => UserActionKind.Autocomplete,
            "button" => UserActionKind.Button,
            "select" => UserActionKind.Select,
            "modal" or "modalsubmit" => UserActionKind.ModalSubmit,
            _ => throw new ArgumentException($"Unknown action kind '{Kind}' (command, autocomplete, button, select, modal)."),
        },
        UserId = Id(UserId, "userId"),
        ChannelId = ChannelId is null ? 0 : Id(ChannelId, "channelId"),
        CommandName = Command,
        SubcommandName = Subcommand,
        Options = Options ?? [],
        FocusedOption = Focused,
        MessageId = MessageId is null ? null : Id(MessageId, "messageId"),
        CustomId = CustomId,
        Values = Values ?? [],
        ModalOf = ModalOf is null ? null : Id(ModalOf, "modalOf"),
        Fields = Fields ?? [],
    };

    private static ulong Id(string value, string name) =>
        ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : throw new ArgumentException($"{name} '{value}' is not a snowflake.");
}

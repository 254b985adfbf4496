using System.Text.Json.Serialization;

namespace PteroPulse.Discord.Models;

/// <summary>
/// A v1 message component to send. Derived types are listed so they serialize with their own properties and no
/// type marker; Discord tells them apart by <see cref="Type"/>.
/// </summary>
[JsonDerivedType(typeof(ActionRow))]
[JsonDerivedType(typeof(Button))]
[JsonDerivedType(typeof(StringSelectMenu))]
public abstract record MessageComponent
{
    [JsonPropertyOrder(-1)]
    public abstract ComponentType Type { get; }
}

public enum ComponentType
{
    ActionRow = 1,
    Button = 2,
    StringSelect = 3,
    TextInput = 4,
    UserSelect = 5,
    RoleSelect = 6,
    MentionableSelect = 7,
    ChannelSelect = 8,
}

public enum ButtonStyle
{
    Primary = 1,
    Secondary = 2,
    Success = 3,
    Danger = 4,
    Link = 5,
}

public sealed record ActionRow : MessageComponent
{
    public override ComponentType Type => ComponentType.ActionRow;
    public IReadOnlyList<MessageComponent> Components { get; init; } = [];
}

public sealed record Button : MessageComponent
{
    public override ComponentType Type => ComponentType.Button;
    public ButtonStyle Style { get; init; }
    public string? Label { get; init; }
    public string? CustomId { get; init; }
    public string? Url { get; init; }
    public bool? Disabled { get; init; }
    public ComponentEmoji? Emoji { get; init; }
}

public sealed record ComponentEmoji
{
    public ulong? Id { get; init; }
    public string? Name { get; init; }
}

public sealed record StringSelectMenu : MessageComponent
{
    public override ComponentType Type => ComponentType.StringSelect;
    public string CustomId { get; init; } = "";
    public IReadOnlyList<SelectOption> Options { get; init; } = [];
    public string? Placeholder { get; init; }
    public int? MinValues { get; init; }
    public int? MaxValues { get; init; }
    public bool? Disabled { get; init; }
}

public sealed record SelectOption
{
    public string Label { get; init; } = "";
    public string Value { get; init; } = "";
    public string? Description { get; init; }
    public bool? Default { get; init; }
}

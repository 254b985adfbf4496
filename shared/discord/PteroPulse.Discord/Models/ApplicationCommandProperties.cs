namespace PteroPulse.Discord.Models;

/// <summary>A command definition to register by bulk overwrite (<c>PUT .../commands</c>).</summary>
public sealed record ApplicationCommandProperties
{
    public string Name { get; init; } = "";
    public ApplicationCommandType Type { get; init; } = ApplicationCommandType.ChatInput;
    public string Description { get; init; } = "";
    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }

    /// <summary>
    /// Permission bits a member needs by default (32 = MANAGE_GUILD). Sent as a JSON number: Discord's own schema
    /// types it as an integer and the API also accepts the string form the docs show.
    /// </summary>
    public long? DefaultMemberPermissions { get; init; }

    /// <summary>Global commands only: 0 guild, 1 bot DM, 2 private channel.</summary>
    public IReadOnlyList<int>? Contexts { get; init; }
}

public enum ApplicationCommandType
{
    ChatInput = 1,
    User = 2,
    Message = 3,
}

public enum ApplicationCommandOptionType
{
    SubCommand = 1,
    SubCommandGroup = 2,
    String = 3,
    Integer = 4,
    Boolean = 5,
    User = 6,
    Channel = 7,
    Role = 8,
    Mentionable = 9,
    Number = 10,
    Attachment = 11,
}

public sealed record ApplicationCommandOption
{
    public ApplicationCommandOptionType Type { get; init; }
    public string Name { get; init; } = "";
    public string Description { get; init; } = "";
    public bool? Required { get; init; }
    public bool? Autocomplete { get; init; }
    public IReadOnlyList<ApplicationCommandChoice>? Choices { get; init; }
    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
}

/// <summary>A fixed or autocompleted choice; the value is a string for STRING options (all PteroPulse uses).</summary>
public sealed record ApplicationCommandChoice
{
    public string Name { get; init; } = "";
    public string Value { get; init; } = "";
}

namespace PteroPulse.Discord.Models;

/// <summary>A registered command as Discord returns it.</summary>
public sealed record ApplicationCommand
{
    public ulong Id { get; init; }
    public ulong ApplicationId { get; init; }
    public ulong? GuildId { get; init; }
    public string Name { get; init; } = "";
    public ApplicationCommandType Type { get; init; } = ApplicationCommandType.ChatInput;
    public string Description { get; init; } = "";
    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }

    /// <summary>Discord answers with a decimal string ("32"); the snowflake converter reads it.</summary>
    public ulong? DefaultMemberPermissions { get; init; }

    public ulong Version { get; init; }
}

using System.Text.Json;

namespace PteroPulse.Discord.Models;

/// <summary>An interaction as it arrives over the gateway (INTERACTION_CREATE) or the HTTP endpoint.</summary>
public sealed record Interaction
{
    public ulong Id { get; init; }
    public ulong ApplicationId { get; init; }
    public InteractionType Type { get; init; }
    public InteractionData? Data { get; init; }
    public ulong? GuildId { get; init; }
    public ulong? ChannelId { get; init; }
    public GuildMember? Member { get; init; }
    public DiscordUser? User { get; init; }
    public string Token { get; init; } = "";
    public int Version { get; init; }
    public DiscordMessage? Message { get; init; }
    public ulong? AppPermissions { get; init; }
    public string? Locale { get; init; }
    public string? GuildLocale { get; init; }

    /// <summary>The member's user in a guild, the user in a DM.</summary>
    public DiscordUser? Invoker => Member?.User ?? User;
}

public enum InteractionType
{
    Ping = 1,
    ApplicationCommand = 2,
    MessageComponent = 3,
    ApplicationCommandAutocomplete = 4,
    ModalSubmit = 5,
}

public sealed record GuildMember
{
    public DiscordUser? User { get; init; }
    public IReadOnlyList<ulong> Roles { get; init; } = [];

    /// <summary>The member's permissions in the channel, with overwrites applied.</summary>
    public ulong? Permissions { get; init; }
}

/// <summary>Command data (id, name, options) or component data (custom_id, component_type, values).</summary>
public sealed record InteractionData
{
    public ulong? Id { get; init; }
    public string? Name { get; init; }
    public ApplicationCommandType? Type { get; init; }
    public IReadOnlyList<InteractionOption>? Options { get; init; }
    public ulong? GuildId { get; init; }
    public ulong? TargetId { get; init; }
    public string? CustomId { get; init; }
    public ComponentType? ComponentType { get; init; }
    public IReadOnlyList<string>? Values { get; init; }
}

public sealed record InteractionOption
{
    public string Name { get; init; } = "";
    public ApplicationCommandOptionType Type { get; init; }
    public JsonElement? Value { get; init; }
    public IReadOnlyList<InteractionOption>? Options { get; init; }
    public bool? Focused { get; init; }
}

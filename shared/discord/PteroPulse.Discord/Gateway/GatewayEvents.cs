using System.Text.Json;
using PteroPulse.Discord.Models;

namespace PteroPulse.Discord.Gateway;

/// <summary>A dispatch from the gateway, typed. Pattern-match on the derived records in an <see cref="IGatewayEventHandler"/>.</summary>
public abstract record GatewayEvent
{
    public int ShardId { get; init; }
}

/// <summary>A new session started (after Identify); guilds follow as <see cref="GuildCreateEvent"/>s.</summary>
public sealed record ReadyEvent : GatewayEvent
{
    public DiscordUser User { get; init; } = new();
    public ulong ApplicationId { get; init; }
    public IReadOnlyList<ulong> GuildIds { get; init; } = [];
}

/// <summary>A dropped session was resumed; missed dispatches were replayed before this.</summary>
public sealed record ResumedEvent : GatewayEvent;

/// <summary>A guild became available, or the bot joined it.</summary>
public sealed record GuildCreateEvent : GatewayEvent
{
    public DiscordGuild Guild { get; init; } = new();
}

public sealed record GuildUpdateEvent : GatewayEvent
{
    public DiscordGuild Guild { get; init; } = new();
}

/// <summary><see cref="Unavailable"/> true: an outage; false: the bot was removed from the guild.</summary>
public sealed record GuildDeleteEvent : GatewayEvent
{
    public ulong GuildId { get; init; }
    public bool Unavailable { get; init; }
}

public sealed record ChannelCreateEvent : GatewayEvent
{
    public DiscordChannel Channel { get; init; } = new();
}

public sealed record ChannelUpdateEvent : GatewayEvent
{
    public DiscordChannel Channel { get; init; } = new();
}

/// <summary>A channel was deleted: status messages in it are gone too.</summary>
public sealed record ChannelDeleteEvent : GatewayEvent
{
    public DiscordChannel Channel { get; init; } = new();
}

/// <summary>An interaction; repeats of an id already delivered are dropped before this is raised.</summary>
public sealed record InteractionCreateEvent : GatewayEvent
{
    public Interaction Interaction { get; init; } = new();
}

/// <summary>Any other dispatch, raw.</summary>
public sealed record UnknownDispatchEvent : GatewayEvent
{
    public string Name { get; init; } = "";
    public JsonElement Data { get; init; }
}

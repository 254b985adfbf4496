using System.Text.Json;
using PteroPulse.Discord.Json;
using PteroPulse.Discord.Models;

namespace PteroPulse.Discord.Gateway;

internal static class GatewayEventParser
{
    public static GatewayEvent Parse(string name, JsonElement data, int shardId) => name switch
    {
        "READY" => new ReadyEvent
        {
            ShardId = shardId,
            User = Read<DiscordUser>(data.GetProperty("user")),
            ApplicationId = data.TryGetProperty("application", out var app) ? Read<DiscordApplication>(app).Id : 0,
            GuildIds = data.TryGetProperty("guilds", out var guilds) ? [.. guilds.EnumerateArray().Select(g => Read<DiscordGuild>(g).Id)] : [],
        },
        "RESUMED" => new ResumedEvent { ShardId = shardId },
        "GUILD_CREATE" => new GuildCreateEvent { ShardId = shardId, Guild = Read<DiscordGuild>(data) },
        "GUILD_UPDATE" => new GuildUpdateEvent { ShardId = shardId, Guild = Read<DiscordGuild>(data) },
        "GUILD_DELETE" => new GuildDeleteEvent
        {
            ShardId = shardId,
            GuildId = Read<DiscordGuild>(data).Id,
            Unavailable = data.TryGetProperty("unavailable", out var u) && u.ValueKind == JsonValueKind.True,
        },
        "CHANNEL_CREATE" => new ChannelCreateEvent { ShardId = shardId, Channel = Read<DiscordChannel>(data) },
        "CHANNEL_UPDATE" => new ChannelUpdateEvent { ShardId = shardId, Channel = Read<DiscordChannel>(data) },
        "CHANNEL_DELETE" => new ChannelDeleteEvent { ShardId = shardId, Channel = Read<DiscordChannel>(data) },
        "INTERACTION_CREATE" => new InteractionCreateEvent { ShardId = shardId, Interaction = Read<Interaction>(data) },
        _ => new UnknownDispatchEvent { ShardId = shardId, Name = name, Data = data },
    };

    private static T Read<T>(JsonElement element) =>
        element.Deserialize<T>(DiscordJson.Options) ?? throw new JsonException($"Empty {typeof(T).Name} in a gateway event.");
}

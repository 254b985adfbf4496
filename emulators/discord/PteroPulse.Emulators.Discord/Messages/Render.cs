using System.Globalization;
using System.Text.Json.Nodes;
using PteroPulse.Emulators.Discord.State;

namespace PteroPulse.Emulators.Discord.Messages;

/// <summary>Discord's JSON shapes for users, members, roles, channels and guilds.</summary>
public static class Render
{
    public static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'+00:00'", CultureInfo.InvariantCulture);

    public static JsonObject User(UserState user)
    {
        var json = new JsonObject
        {
            ["id"] = Id(user.Id),
            ["username"] = user.Username,
            ["discriminator"] = "0",
            ["global_name"] = user.GlobalName,
            ["avatar"] = null,
            ["public_flags"] = 0,
            ["flags"] = 0,
            ["banner"] = null,
            ["accent_color"] = null,
            ["avatar_decoration_data"] = null,
            ["collectibles"] = null,
            ["primary_guild"] = null,
        };
        if (user.Bot)
        {
            json["bot"] = true;
        }

        return json;
    }

    public static JsonObject Member(MemberState member, UserState? user, ulong? permissions = null)
    {
        var json = new JsonObject
        {
            ["nick"] = member.Nick,
            ["avatar"] = null,
            ["roles"] = new JsonArray([.. member.Roles.Select(r => (JsonNode)Id(r))]),
            ["joined_at"] = Time(member.JoinedAt),
            ["deaf"] = false,
            ["mute"] = false,
            ["flags"] = 0,
            ["pending"] = false,
        };
        if (user is not null)
        {
            json["user"] = User(user);
        }

        if (permissions is { } bits)
        {
            json["permissions"] = Id(bits);
        }

        return json;
    }

    public static JsonObject Role(RoleState role) => new()
    {
        ["id"] = Id(role.Id),
        ["name"] = role.Name,
        ["color"] = role.Color,
        ["hoist"] = false,
        ["icon"] = null,
        ["unicode_emoji"] = null,
        ["position"] = role.Position,
        ["permissions"] = Id(role.Permissions),
        ["managed"] = false,
        ["mentionable"] = false,
        ["flags"] = 0,
    };

    public static JsonObject Channel(ChannelState channel)
    {
        var json = new JsonObject
        {
            ["id"] = Id(channel.Id),
            ["type"] = channel.Type,
            ["name"] = channel.Name,
            ["position"] = channel.Position,
            ["parent_id"] = channel.ParentId is { } parent ? Id(parent) : null,
            ["topic"] = channel.Topic,
            ["nsfw"] = false,
            ["last_message_id"] = channel.LastMessageId is { } last ? Id(last) : null,
            ["rate_limit_per_user"] = 0,
            ["flags"] = 0,
            ["permission_overwrites"] = new JsonArray([.. channel.Overwrites.Values.Select(o => (JsonNode)new JsonObject
            {
                ["id"] = Id(o.Id),
                ["type"] = o.Type,
                ["allow"] = Id(o.Allow),
                ["deny"] = Id(o.Deny),
            })]),
        };
        if (channel.GuildId is { } guildId)
        {
            json["guild_id"] = Id(guildId);
        }

        return json;
    }

    public static JsonObject Guild(GuildState guild) => new()
    {
        ["id"] = Id(guild.Id),
        ["name"] = guild.Name,
        ["icon"] = null,
        ["splash"] = null,
        ["discovery_splash"] = null,
        ["owner_id"] = Id(guild.OwnerId),
        ["afk_channel_id"] = null,
        ["afk_timeout"] = 300,
        ["verification_level"] = 0,
        ["default_message_notifications"] = 0,
        ["explicit_content_filter"] = 0,
        ["roles"] = new JsonArray([.. guild.Roles.Values.OrderBy(r => r.Position).Select(r => (JsonNode)Role(r))]),
        ["emojis"] = new JsonArray(),
        ["stickers"] = new JsonArray(),
        ["features"] = new JsonArray(),
        ["mfa_level"] = 0,
        ["application_id"] = null,
        ["system_channel_id"] = null,
        ["system_channel_flags"] = 0,
        ["rules_channel_id"] = null,
        ["vanity_url_code"] = null,
        ["description"] = null,
        ["banner"] = null,
        ["premium_tier"] = 0,
        ["preferred_locale"] = "en-US",
        ["public_updates_channel_id"] = null,
        ["nsfw_level"] = 0,
        ["premium_progress_bar_enabled"] = false,
    };
}

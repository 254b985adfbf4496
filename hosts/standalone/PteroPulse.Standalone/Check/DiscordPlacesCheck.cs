using System.Text.Json.Nodes;
using PteroPulse.DiscordGateway;
using PteroPulse.DiscordGateway.Locations;

namespace PteroPulse.Standalone.Check;

/// <summary>
/// Where the bot works: each configured guild (is the bot a member?) and each channel it must write to (the audit
/// and alert channels, and the channels that hold status embeds already), with the bot's effective permissions
/// computed from the guild's roles, its member roles and the channel's overwrites.
/// </summary>
internal sealed class DiscordPlacesCheck(DiscordProbe probe, CheckReport report, ulong botUserId, ulong applicationId)
{
    private readonly Dictionary<ulong, JsonNode?> _guilds = [];

    public async Task RunAsync(DiscordGatewayOptions options, IServiceProvider services, CancellationToken cancellationToken)
    {
        await CheckGuildsAsync(options, cancellationToken);
        var channels = await ChannelsAsync(options, services, cancellationToken);
        if (channels.Count == 0)
        {
            await report.PassAsync("Channels", "none configured yet; run /server_status in a channel the bot can write to");
        }

        foreach (var (channelId, role) in channels)
        {
            await CheckChannelAsync(channelId, role, cancellationToken);
        }
    }

    private string Invite => $"invite the bot with https://discord.com/oauth2/authorize?client_id={applicationId}&scope=bot%20applications.commands&permissions={ChannelPermissions.Required}";

    private async Task CheckGuildsAsync(DiscordGatewayOptions options, CancellationToken cancellationToken)
    {
        if (options.GuildIds.Count == 0)
        {
            var mine = await probe.GetAsync("users/@me/guilds", cancellationToken);
            var count = (mine.Body as JsonArray)?.Count ?? 0;
            await (count == 0
                ? report.FailAsync("Guilds", "the bot is in no guild", Invite)
                : report.PassAsync("Guilds", $"Discord__GuildIds is empty: commands are registered globally for the bot's {count} guild(s) (new commands can take a while to show)"));
            return;
        }

        foreach (var guildId in options.GuildIds)
        {
            var guild = await GuildAsync(guildId, cancellationToken);
            await (guild is null
                ? report.FailAsync($"Guild {guildId}", "the bot cannot see this guild (not a member, or a wrong id)", Invite)
                : report.PassAsync($"Guild {guildId}", $"{guild["name"]}: the bot is a member"));
        }
    }

    private static async Task<List<(ulong Id, string Role)>> ChannelsAsync(DiscordGatewayOptions options, IServiceProvider services, CancellationToken cancellationToken)
    {
        var channels = new List<(ulong Id, string Role)>();
        if (options.AuditChannelId != 0)
        {
            channels.Add((options.AuditChannelId, "audit channel"));
        }

        if (options.Alerts.ChannelId != 0)
        {
            channels.Add((options.Alerts.ChannelId, "alert channel"));
        }

        var embeds = await services.GetRequiredService<IEmbedLocationStore>().GetAllAsync(cancellationToken);
        channels.AddRange(embeds.Select(e => e.ChannelId).Distinct().Select(id => (id, "status embeds")));
        return [.. channels.DistinctBy(c => c.Id)];
    }

    private async Task CheckChannelAsync(ulong channelId, string role, CancellationToken cancellationToken)
    {
        var check = $"Channel {channelId} ({role})";
        var channel = await probe.GetAsync($"channels/{channelId}", cancellationToken);
        if (!channel.IsOk)
        {
            await report.FailAsync(check, $"the bot cannot see it ({channel.Describe()})", "check the id, and allow View Channel for the bot's role there");
            return;
        }

        var guildId = Snowflake.Read(channel.Body!["guild_id"]);
        var guild = await GuildAsync(guildId, cancellationToken);
        var member = await probe.GetAsync($"guilds/{guildId}/members/{botUserId}", cancellationToken);
        if (guild is null || !member.IsOk)
        {
            await report.FailAsync(check, "the bot is not a member of the channel's guild", Invite);
            return;
        }

        check = $"#{channel.Body["name"]} ({role})";
        var missing = ChannelPermissions.Required & ~ChannelPermissions.Compute(Input(guildId, guild, member.Body!, channel.Body));
        await (missing == 0
            ? report.PassAsync(check, "the bot may view, send, embed links, attach files and read history")
            : report.FailAsync(check, $"the bot lacks {ChannelPermissions.Describe(missing)}",
                $"in #{channel.Body["name"]} → Edit Channel → Permissions, allow them for the bot's role (or remove the overwrite that denies them)"));
    }

    private ChannelPermissionInput Input(ulong guildId, JsonNode guild, JsonNode member, JsonNode channel) => new(
        guildId,
        Snowflake.Read(guild["owner_id"]),
        botUserId,
        (guild["roles"] as JsonArray ?? []).ToDictionary(r => Snowflake.Read(r!["id"]), r => Snowflake.Read(r!["permissions"])),
        [.. (member["roles"] as JsonArray ?? []).Select(Snowflake.Read)],
        [.. (channel["permission_overwrites"] as JsonArray ?? []).Select(o => new PermissionOverwrite(
            Snowflake.Read(o!["id"]), o["type"]?.GetValue<int>() ?? 0, Snowflake.Read(o["allow"]), Snowflake.Read(o["deny"])))]);

    private async Task<JsonNode?> GuildAsync(ulong guildId, CancellationToken cancellationToken)
    {
        if (!_guilds.TryGetValue(guildId, out var guild))
        {
            var answer = await probe.GetAsync($"guilds/{guildId}", cancellationToken);
            guild = answer.IsOk ? answer.Body : null;
            _guilds[guildId] = guild;
        }

        return guild;
    }
}

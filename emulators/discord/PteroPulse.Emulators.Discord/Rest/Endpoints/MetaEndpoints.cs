using System.Text.Json.Nodes;
using PteroPulse.Emulators.Discord.Gateway;
using PteroPulse.Emulators.Discord.Hosting;
using PteroPulse.Emulators.Discord.Interactions;
using PteroPulse.Emulators.Discord.Messages;
using PteroPulse.Emulators.Discord.State;

namespace PteroPulse.Emulators.Discord.Rest.Endpoints;

/// <summary>Gateway discovery, the bot's own user and application, and guild reads.</summary>
public static class MetaEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/gateway", (EmulatorUrls urls) => JsonResults.Json(new JsonObject { ["url"] = urls.GatewayUrl }));
        api.MapGet("/gateway/bot", (EmulatorUrls urls, IdentifyBudget budget, DiscordEmulatorOptions options) => JsonResults.Json(new JsonObject
        {
            ["url"] = urls.GatewayUrl,
            ["shards"] = options.Gateway.RecommendedShards,
            ["session_start_limit"] = new JsonObject
            {
                ["total"] = budget.Total,
                ["remaining"] = budget.Remaining,
                ["reset_after"] = budget.ResetAfterMs,
                ["max_concurrency"] = budget.MaxConcurrency,
            },
        }));
        api.MapGet("/users/@me", (EmulatorState state) =>
        {
            lock (state.Gate)
            {
                var user = Render.User(state.Users[state.BotUserId]);
                user["verified"] = true;
                user["mfa_enabled"] = false;
                user["locale"] = "en-US";
                user["email"] = null;
                return JsonResults.Json(user);
            }
        });
        api.MapGet("/applications/@me", (EmulatorState state, DiscordEmulatorOptions options, InteractionSigner signer) =>
        {
            lock (state.Gate)
            {
                return JsonResults.Json(new JsonObject
                {
                    ["id"] = Render.Id(options.ApplicationId),
                    ["name"] = options.BotUsername,
                    ["icon"] = null,
                    ["description"] = "",
                    ["bot_public"] = true,
                    ["bot_require_code_grant"] = false,
                    ["verify_key"] = signer.PublicKeyHex,
                    ["flags"] = 8953856,
                    ["bot"] = Render.User(state.Users[state.BotUserId]),
                    ["interactions_endpoint_url"] = options.InteractionsEndpointUrl,
                    ["approximate_guild_count"] = state.Guilds.Count,
                });
            }
        });
        api.MapGet("/users/@me/guilds", (EmulatorState state) =>
        {
            lock (state.Gate)
            {
                return JsonResults.Json(new JsonArray([.. state.Guilds.Values.Select(g => (JsonNode)new JsonObject
                {
                    ["id"] = Render.Id(g.Id),
                    ["name"] = g.Name,
                    ["icon"] = null,
                    ["owner"] = false,
                    ["permissions"] = Render.Id(Permissions.Base(g, g.Members[state.BotUserId])),
                    ["features"] = new JsonArray(),
                })]));
            }
        });
        api.MapGet("/guilds/{guildId}", (ulong guildId, bool? with_counts, EmulatorState state) =>
        {
            lock (state.Gate)
            {
                var guild = Guild(state, guildId);
                var json = Render.Guild(guild);
                if (with_counts == true)
                {
                    json["approximate_member_count"] = guild.Members.Count;
                    json["approximate_presence_count"] = guild.Members.Count;
                }

                return JsonResults.Json(json);
            }
        });
        api.MapGet("/guilds/{guildId}/channels", (ulong guildId, EmulatorState state) =>
        {
            lock (state.Gate)
            {
                var guild = Guild(state, guildId);
                return JsonResults.Json(new JsonArray([.. guild.ChannelIds.Select(id => state.Channels[id]).Where(c => !c.Deleted).Select(c => (JsonNode)Render.Channel(c))]));
            }
        });
        api.MapGet("/guilds/{guildId}/roles", (ulong guildId, EmulatorState state) =>
        {
            lock (state.Gate)
            {
                return JsonResults.Json(new JsonArray([.. Guild(state, guildId).Roles.Values.Select(r => (JsonNode)Render.Role(r))]));
            }
        });
        api.MapGet("/guilds/{guildId}/members/{userId}", (ulong guildId, ulong userId, EmulatorState state) =>
        {
            lock (state.Gate)
            {
                var guild = Guild(state, guildId);
                return guild.Members.TryGetValue(userId, out var member)
                    ? JsonResults.Json(Render.Member(member, state.Users.GetValueOrDefault(userId)))
                    : throw new DiscordApiException(404, 10007, "Unknown Member");
            }
        });
    }

    private static GuildState Guild(EmulatorState state, ulong guildId) =>
        state.Guilds.TryGetValue(guildId, out var guild) ? guild : throw DiscordApiException.UnknownGuild();
}

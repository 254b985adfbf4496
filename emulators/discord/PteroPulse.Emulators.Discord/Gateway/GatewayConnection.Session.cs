using System.Text.Json.Nodes;
using PteroPulse.Emulators.Discord.Hosting;
using PteroPulse.Emulators.Discord.Messages;

namespace PteroPulse.Emulators.Discord.Gateway;

/// <summary>Identify and Resume, with the checks Discord makes and the close code for each failure.</summary>
public sealed partial class GatewayConnection
{
    private const long KnownIntents = 0b11_0011_0001_1111_1111_1111_1111;
    private const long PrivilegedIntents = (1 << 1) | (1 << 8) | (1 << 15);

    private void Identify(JsonObject? d)
    {
        if (Session is not null)
        {
            Close(GatewayCloseCodes.AlreadyAuthenticated);
            return;
        }

        if (d?["token"]?.ToString() is not { } token || token.Replace("Bot ", "", StringComparison.Ordinal) != env.Options.BotToken)
        {
            Close(GatewayCloseCodes.AuthenticationFailed);
            return;
        }

        if (d["intents"] is not JsonValue iv || !iv.TryGetValue<long>(out var intents) || (intents & ~KnownIntents) != 0)
        {
            Close(GatewayCloseCodes.InvalidIntents);
            return;
        }

        if ((intents & PrivilegedIntents & ~env.Options.Gateway.ApprovedPrivilegedIntents) != 0)
        {
            Close(GatewayCloseCodes.DisallowedIntents);
            return;
        }

        var (shardId, shardCount) = (0, 1);
        if (d["shard"] is JsonArray { Count: 2 } shard)
        {
            (shardId, shardCount) = (shard[0]!.GetValue<int>(), shard[1]!.GetValue<int>());
        }

        if (shardCount < 1 || shardId < 0 || shardId >= shardCount)
        {
            Close(GatewayCloseCodes.InvalidShard);
            return;
        }

        var session = new GatewaySession { Id = Guid.NewGuid().ToString("N"), ShardId = shardId, ShardCount = shardCount, Intents = intents };
        List<ulong> guildIds;
        lock (env.State.Gate)
        {
            guildIds = env.State.Guilds.Keys.Where(id => session.Covers(id)).ToList();
        }

        if (guildIds.Count > env.Options.Gateway.MaxGuildsPerShard)
        {
            Close(GatewayCloseCodes.ShardingRequired);
            return;
        }

        // Beyond max_concurrency per 5 s, or with the daily budget gone, Discord answers op 9 (not resumable).
        if (!env.Budget.TryTake(shardId, out _))
        {
            Send(new JsonObject { ["op"] = 9, ["d"] = false });
            return;
        }

        session.Connection = this;
        Session = env.Hub.Add(session);
        env.Logger.SessionIdentified(session.Id, shardId, shardCount, intents);
        env.Hub.DispatchTo(session, "READY", Ready(session, guildIds));
        if ((intents & GatewayHub.GuildsIntent) != 0)
        {
            foreach (var guildId in guildIds)
            {
                env.Hub.DispatchTo(session, "GUILD_CREATE", GuildCreate(guildId));
            }
        }
    }

    private void Resume(JsonObject? d)
    {
        if (Session is not null)
        {
            Close(GatewayCloseCodes.AlreadyAuthenticated);
            return;
        }

        if (d?["token"]?.ToString()?.Replace("Bot ", "", StringComparison.Ordinal) != env.Options.BotToken)
        {
            Close(GatewayCloseCodes.AuthenticationFailed);
            return;
        }

        var session = env.Hub.Resumable(d["session_id"]?.ToString() ?? "");
        if (session is null)
        {
            Send(new JsonObject { ["op"] = 9, ["d"] = false });
            return;
        }

        var seq = d["seq"] is JsonValue sv && sv.TryGetValue<int>(out var s) ? s : 0;
        if (seq > session.Sequence)
        {
            Close(GatewayCloseCodes.InvalidSeq);
            return;
        }

        if (session.Buffer.Count > 0 && seq < session.Buffer[0].Seq - 1)
        {
            Send(new JsonObject { ["op"] = 9, ["d"] = false });
            return;
        }

        Session = session;
        env.Hub.Resume(session, this, seq);
        env.Logger.SessionResumed(session.Id, seq);
    }

    private JsonObject Ready(GatewaySession session, List<ulong> guildIds)
    {
        lock (env.State.Gate)
        {
            return new JsonObject
            {
                ["v"] = 10,
                ["user"] = Render.User(env.State.Users[env.State.BotUserId]),
                ["guilds"] = new JsonArray([.. guildIds.Select(id => (JsonNode)new JsonObject { ["id"] = Render.Id(id), ["unavailable"] = true })]),
                ["session_id"] = session.Id,
                ["resume_gateway_url"] = env.Urls.ResumeGatewayUrl,
                ["session_type"] = "normal",
                ["shard"] = new JsonArray(session.ShardId, session.ShardCount),
                ["application"] = new JsonObject { ["id"] = Render.Id(env.Options.ApplicationId), ["flags"] = 8953856 },
                ["private_channels"] = new JsonArray(),
                ["presences"] = new JsonArray(),
                ["relationships"] = new JsonArray(),
                ["user_settings"] = new JsonObject(),
                ["_trace"] = new JsonArray("emulator-gateway"),
            };
        }
    }

    private JsonObject GuildCreate(ulong guildId)
    {
        lock (env.State.Gate)
        {
            var state = env.State;
            var guild = state.Guilds[guildId];
            var json = Render.Guild(guild);
            json["joined_at"] = Render.Time(guild.JoinedAt);
            json["large"] = false;
            json["unavailable"] = false;
            json["member_count"] = guild.Members.Count;
            json["voice_states"] = new JsonArray();
            json["members"] = new JsonArray(Render.Member(guild.Members[state.BotUserId], state.Users[state.BotUserId]));
            json["channels"] = new JsonArray([.. guild.ChannelIds.Select(id => state.Channels[id]).Where(c => !c.Deleted).Select(c =>
            {
                var channel = Render.Channel(c);
                channel.Remove("guild_id");
                return (JsonNode)channel;
            })]);
            json["threads"] = new JsonArray();
            json["presences"] = new JsonArray();
            json["stage_instances"] = new JsonArray();
            json["guild_scheduled_events"] = new JsonArray();
            json["soundboard_sounds"] = new JsonArray();
            return json;
        }
    }
}

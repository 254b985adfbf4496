using System.Text.Json.Nodes;
using PteroPulse.Emulators.Discord.Hosting;

namespace PteroPulse.Emulators.Discord.Gateway;

/// <summary>
/// All gateway sessions, and routing of dispatches to them: by shard <c>(guild_id &gt;&gt; 22) % num_shards</c>
/// (DMs on shard 0), every session of a shard receiving each event, and intents filtering everything except
/// INTERACTION_CREATE.
/// </summary>
public sealed class GatewayHub
{
    public const long GuildsIntent = 1 << 0;
    public const long GuildMessagesIntent = 1 << 9;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, GatewaySession> _sessions = new(StringComparer.Ordinal);
    private readonly DiscordEmulatorOptions _options;
    private readonly EmulatorClock _clock;

    public GatewayHub(EmulatorEvents events, DiscordEmulatorOptions options, EmulatorClock clock)
    {
        _options = options;
        _clock = clock;
        events.Raised += OnWorldEvent;
    }

    public event Action<GatewaySession, string, JsonObject>? Dispatched;

    public DateTimeOffset Now => _clock.GetUtcNow();

    /// <summary>
    /// Attaches a resuming connection: replays every dispatch after <paramref name="seq"/> in order, then RESUMED,
    /// under the hub lock so no new dispatch slips in between.
    /// </summary>
    public void Resume(GatewaySession session, GatewayConnection connection, int seq)
    {
        lock (_gate)
        {
            if (session.Connection is { } previous && !ReferenceEquals(previous, connection))
            {
                previous.Close(GatewayCloseCodes.UnknownError);
            }

            session.Connection = connection;
            session.DisconnectedAt = null;
            foreach (var (s, frame) in session.Buffer.Where(b => b.Seq > seq).ToList())
            {
                connection.Enqueue(frame);
            }

            DispatchTo(session, "RESUMED", []);
        }
    }

    public IReadOnlyList<GatewaySession> Sessions
    {
        get
        {
            lock (_gate)
            {
                return [.. _sessions.Values];
            }
        }
    }

    public GatewaySession Add(GatewaySession session)
    {
        lock (_gate)
        {
            _sessions[session.Id] = session;
            return session;
        }
    }

    /// <summary>A session a Resume may continue, or null (unknown, invalidated, or its resume window has passed).</summary>
    public GatewaySession? Resumable(string sessionId)
    {
        lock (_gate)
        {
            if (!_sessions.TryGetValue(sessionId, out var session) || session.Invalidated)
            {
                return null;
            }

            if (session.DisconnectedAt is { } at && _clock.GetUtcNow() - at > _options.Gateway.ResumeWindow)
            {
                session.Invalidated = true;
                return null;
            }

            return session;
        }
    }

    /// <summary>Sends a dispatch to every session covering the guild; INTERACTION_CREATE ignores intents.</summary>
    public int Dispatch(string name, ulong? guildId, JsonObject data, long requiredIntent = 0)
    {
        var delivered = 0;
        lock (_gate)
        {
            foreach (var session in _sessions.Values.Where(s => !s.Invalidated && s.Covers(guildId)))
            {
                if (requiredIntent != 0 && (session.Intents & requiredIntent) == 0)
                {
                    continue;
                }

                DispatchTo(session, name, data);
                delivered++;
            }
        }

        return delivered;
    }

    public void DispatchTo(GatewaySession session, string name, JsonObject data)
    {
        lock (_gate)
        {
            var frame = session.Append(seq => new JsonObject { ["op"] = 0, ["d"] = data.DeepClone(), ["s"] = seq, ["t"] = name }.ToJsonString());
            session.Connection?.Enqueue(frame);
        }

        Dispatched?.Invoke(session, name, data);
    }

    private void OnWorldEvent(EmulatorEvent value)
    {
        // Ephemeral messages never reach the gateway; other message events need GUILD_MESSAGES in guilds.
        if (value.VisibleOnlyTo is null && value.Name.StartsWith("MESSAGE_", StringComparison.Ordinal))
        {
            Dispatch(value.Name, value.GuildId, value.Payload, value.GuildId is null ? 1 << 12 : GuildMessagesIntent);
        }
        else if (value.Name.StartsWith("GUILD_", StringComparison.Ordinal) || value.Name.StartsWith("CHANNEL_", StringComparison.Ordinal))
        {
            Dispatch(value.Name, value.GuildId, value.Payload, GuildsIntent);
        }
    }
}

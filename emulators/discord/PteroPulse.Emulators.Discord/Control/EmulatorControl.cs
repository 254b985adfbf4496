using System.Text.Json.Nodes;
using PteroPulse.Emulators.Discord.Gateway;
using PteroPulse.Emulators.Discord.Hosting;
using PteroPulse.Emulators.Discord.Interactions;
using PteroPulse.Emulators.Discord.Messages;
using PteroPulse.Emulators.Discord.RateLimiting;
using PteroPulse.Emulators.Discord.Rest;
using PteroPulse.Emulators.Discord.State;

namespace PteroPulse.Emulators.Discord.Control;

/// <summary>
/// The test switches, callable in-process (this object) or over HTTP (/_emulator/...): act as a member, break the
/// gateway, force failures, change permissions, advance the clock, read what the bot sent.
/// </summary>
public sealed class EmulatorControl(
    EmulatorState state,
    EmulatorClock clock,
    GatewayHub hub,
    IdentifyBudget budget,
    FailureInjector failures,
    InvalidRequestCounter invalidRequests,
    RequestLog log,
    MessageService messages,
    MessageRenderer renderer,
    InteractionFactory factory,
    InteractionDelivery delivery,
    EmulatorEvents events,
    DiscordEmulatorOptions options)
{
    public EmulatorClock Clock => clock;

    public EmulatorState State => state;

    public IReadOnlyList<RequestLogEntry> Requests => log.Snapshot();

    public int InvalidRequestCount => invalidRequests.Count;

    public IReadOnlyList<GatewaySession> Sessions => hub.Sessions;

    public void AdvanceClock(TimeSpan by) => clock.Advance(by);

    /// <summary>A member runs a command, types into autocomplete, clicks a button or picks from a select.</summary>
    public async Task<(InteractionState Interaction, DeliveryResult Result)> ActAsync(UserAction action, CancellationToken cancellationToken = default)
    {
        var interaction = factory.Create(action);
        return (interaction, await delivery.DeliverAsync(interaction, cancellationToken));
    }

    public InteractionState? Interaction(ulong id)
    {
        lock (state.Gate)
        {
            return state.Interactions.GetValueOrDefault(id);
        }
    }

    public void ForceFailure(ForcedFailure failure) => failures.Add(failure);

    public int ForEachConnection(string? sessionId, Action<GatewayConnection> action)
    {
        var count = 0;
        foreach (var session in hub.Sessions.Where(s => sessionId is null || s.Id == sessionId))
        {
            if (session.Connection is { } connection)
            {
                action(connection);
                count++;
            }
        }

        return count;
    }

    public int DropConnection(string? sessionId = null) => ForEachConnection(sessionId, c => c.Drop());

    public int StallConnection(string? sessionId = null) => ForEachConnection(sessionId, c => c.Stall());

    public int SendReconnect(string? sessionId = null) => ForEachConnection(sessionId, c => c.RequestReconnect());

    public int SendInvalidSession(bool resumable, string? sessionId = null) => ForEachConnection(sessionId, c => c.InvalidateSession(resumable));

    public int RequestHeartbeat(string? sessionId = null) => ForEachConnection(sessionId, c => c.RequestHeartbeat());

    public void ExhaustIdentifyBudget() => budget.Exhaust();

    /// <summary>A member writes a plain message, e.g. to test that the bot cannot edit other users' messages (50005).</summary>
    public ulong PostMessageAsUser(ulong channelId, ulong userId, string content)
    {
        lock (state.Gate)
        {
            if (!state.Users.ContainsKey(userId))
            {
                throw new ArgumentException($"Unknown user {userId}.");
            }

            var body = new JsonObject { ["content"] = content };
            return messages.Create(channelId, userId, body, [], new MessageWriteOptions { CheckChannelPermissions = false }).Id;
        }
    }

    /// <summary>A user (a moderator) deletes a message; the bot sees MESSAGE_DELETE and later 10008.</summary>
    public bool DeleteMessage(ulong messageId)
    {
        lock (state.Gate)
        {
            if (!state.Messages.TryGetValue(messageId, out var message) || message.Deleted)
            {
                return false;
            }

            messages.Delete(message);
            return true;
        }
    }

    public bool DeleteChannel(ulong channelId)
    {
        lock (state.Gate)
        {
            if (!state.Channels.TryGetValue(channelId, out var channel))
            {
                return false;
            }

            channel.Deleted = true;
            events.Raise(new EmulatorEvent("CHANNEL_DELETE", channel.GuildId, channel.Id, Render.Channel(channel)));
            return true;
        }
    }

    /// <summary>Denies permission bits in a channel for a role (type 0) or member (type 1); the bot's member id is the application id.</summary>
    public void RevokeChannelPermission(ulong channelId, ulong targetId, ulong permissions, int targetType = 0)
    {
        lock (state.Gate)
        {
            var channel = state.Channels.GetValueOrDefault(channelId) ?? throw new ArgumentException($"Unknown channel {channelId}.");
            if (!channel.Overwrites.TryGetValue(targetId, out var overwrite))
            {
                overwrite = new OverwriteState { Id = targetId, Type = targetType };
                channel.Overwrites[targetId] = overwrite;
            }

            overwrite.Deny |= permissions;
            overwrite.Allow &= ~permissions;
            events.Raise(new EmulatorEvent("CHANNEL_UPDATE", channel.GuildId, channel.Id, Render.Channel(channel)));
        }
    }

    public void SetMemberRoles(ulong guildId, ulong userId, IEnumerable<ulong> roles)
    {
        lock (state.Gate)
        {
            var member = state.Guilds.GetValueOrDefault(guildId)?.Members.GetValueOrDefault(userId) ?? throw new ArgumentException($"User {userId} is not a member of guild {guildId}.");
            member.Roles.Clear();
            member.Roles.AddRange(roles);
        }
    }

    public async Task<EndpointVerification> SetInteractionsEndpointAsync(string? url, CancellationToken cancellationToken = default)
    {
        options.InteractionsEndpointUrl = url;
        return url is null ? new EndpointVerification(false, false, "Endpoint removed; interactions go to the gateway.") : await delivery.VerifyEndpointAsync(cancellationToken);
    }

    public Task<bool> CheckBadSignatureAsync(CancellationToken cancellationToken = default) => delivery.CheckBadSignatureAsync(cancellationToken);

    /// <summary>Messages of a channel as Discord renders them, oldest first; ephemeral ones only for their user.</summary>
    public JsonArray Messages(ulong channelId, ulong? asUser = null)
    {
        lock (state.Gate)
        {
            return new JsonArray([.. state.MessagesIn(channelId)
                .Where(m => m.VisibleOnlyTo is null || m.VisibleOnlyTo == asUser)
                .Select(m => (JsonNode)renderer.Render(m))]);
        }
    }
}

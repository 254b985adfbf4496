using System.Text.Json.Nodes;
using PteroPulse.Emulators.Discord.Hosting;
using PteroPulse.Emulators.Discord.RateLimiting;
using PteroPulse.Emulators.Discord.Rest;
using PteroPulse.Emulators.Discord.State;

namespace PteroPulse.Emulators.Discord.Messages;

/// <summary>Creates, edits and deletes messages with Discord's permission, attachment and age rules; raises events.</summary>
public sealed class MessageService(
    EmulatorState state,
    Snowflakes snowflakes,
    EmulatorClock clock,
    DiscordEmulatorOptions options,
    RateLimiter limiter,
    MessageRenderer renderer,
    AttachmentEditor attachments,
    EmulatorEvents events)
{
    public ChannelState VisibleChannel(ulong channelId, ulong needed = Permissions.ViewChannel)
    {
        if (!state.Channels.TryGetValue(channelId, out var channel) || channel.Deleted)
        {
            throw DiscordApiException.UnknownChannel();
        }

        var permissions = state.BotPermissionsIn(channel);
        if ((permissions & Permissions.ViewChannel) == 0)
        {
            throw DiscordApiException.MissingAccess();
        }

        if ((permissions & needed) != needed)
        {
            throw DiscordApiException.MissingPermissions();
        }

        return channel;
    }

    /// <summary>A message reachable through /channels: ephemeral ones are not (10008), as on Discord.</summary>
    public MessageState ChannelMessage(ChannelState channel, ulong messageId) =>
        state.Messages.TryGetValue(messageId, out var message) && message.ChannelId == channel.Id && !message.Deleted && !message.IsEphemeral
            ? message
            : throw DiscordApiException.UnknownMessage();

    public MessageState Create(ulong channelId, ulong authorId, JsonObject body, IReadOnlyList<UploadedFile> files, MessageWriteOptions write)
    {
        var channel = write.CheckChannelPermissions
            ? VisibleChannel(channelId, Permissions.SendMessages | NeededFor(body, files))
            : state.Channels.TryGetValue(channelId, out var c) && !c.Deleted ? c : throw DiscordApiException.UnknownChannel();
        var reference = Reference(channel, body["message_reference"] as JsonObject);
        var flags = Flags(body);
        var message = new MessageState
        {
            Id = snowflakes.Next(),
            ChannelId = channel.Id,
            GuildId = channel.GuildId,
            AuthorId = authorId,
            Type = reference is null && write.Type == 19 ? 0 : write.Type,
            WebhookId = write.WebhookId,
            ApplicationId = write.WebhookId,
            Interaction = write.Interaction,
            Timestamp = clock.GetUtcNow(),
            Content = body["content"]?.GetValue<string>() ?? "",
            Embeds = body["embeds"] as JsonArray is { } embeds ? embeds.DeepClone().AsArray() : [],
            Components = body["components"] as JsonArray is { } rows ? rows.DeepClone().AsArray() : [],
            Flags = flags,
            Tts = body["tts"] is JsonValue tts && tts.TryGetValue<bool>(out var t) && t,
            Nonce = body["nonce"]?.DeepClone(),
            VisibleOnlyTo = (flags & MessageState.EphemeralFlag) != 0 ? write.VisibleOnlyTo : null,
            Reference = reference,
        };
        message.Files = attachments.Apply(body["attachments"] as JsonArray, files, []);
        state.Messages[message.Id] = message;
        if (!message.IsEphemeral)
        {
            channel.LastMessageId = message.Id;
        }

        Raise("MESSAGE_CREATE", message);
        return message;
    }

    public MessageState Edit(MessageState message, JsonObject body, IReadOnlyList<UploadedFile> files, bool viaChannelRoute)
    {
        if (viaChannelRoute)
        {
            if (message.AuthorId != state.BotUserId)
            {
                throw DiscordApiException.NotAuthor();
            }

            VisibleChannel(message.ChannelId, NeededFor(body, files));
            LimitOldMessageEdits(message);
        }

        if (body.ContainsKey("content"))
        {
            message.Content = body["content"]?.GetValue<string>() ?? "";
        }

        if (body.ContainsKey("embeds"))
        {
            message.Embeds = body["embeds"] is JsonArray embeds ? embeds.DeepClone().AsArray() : [];
        }

        if (body.ContainsKey("components"))
        {
            message.Components = body["components"] is JsonArray rows ? rows.DeepClone().AsArray() : [];
        }

        if (body["flags"] is JsonValue)
        {
            // Ephemeral-ness is fixed at creation; the other bits are replaced by what the edit sends.
            message.Flags = (Flags(body) & ~MessageState.EphemeralFlag) | (message.Flags & MessageState.EphemeralFlag);
        }

        message.Flags &= ~MessageState.LoadingFlag;
        message.Files = body.ContainsKey("attachments")
            ? attachments.Apply(body["attachments"] as JsonArray, files, message.Files)
            : [.. message.Files, .. attachments.Apply(null, files, [])];
        message.EditedTimestamp = clock.GetUtcNow();
        Raise("MESSAGE_UPDATE", message);
        return message;
    }

    public void Delete(MessageState message)
    {
        message.Deleted = true;
        var payload = new JsonObject { ["id"] = Render.Id(message.Id), ["channel_id"] = Render.Id(message.ChannelId) };
        if (message.GuildId is { } guildId)
        {
            payload["guild_id"] = Render.Id(guildId);
        }

        events.Raise(new EmulatorEvent("MESSAGE_DELETE", message.GuildId, message.ChannelId, payload, message.VisibleOnlyTo));
    }

    /// <summary>A reply must point at a message in the channel, unless fail_if_not_exists is false.</summary>
    private JsonObject? Reference(ChannelState channel, JsonObject? reference)
    {
        if (reference?["message_id"]?.ToString() is not { } target)
        {
            return null;
        }

        var exists = ulong.TryParse(target, out var id) && state.Messages.TryGetValue(id, out var replied) && !replied.Deleted && replied.ChannelId == channel.Id;
        if (!exists)
        {
            if (reference["fail_if_not_exists"] is JsonValue f && f.TryGetValue<bool>(out var fail) && !fail)
            {
                return null;
            }

            throw DiscordApiException.InvalidField(["message_reference"], "MESSAGE_REFERENCE_UNKNOWN_MESSAGE", "Unknown message");
        }

        var json = new JsonObject { ["type"] = 0, ["channel_id"] = Render.Id(channel.Id), ["message_id"] = Render.Id(id) };
        if (channel.GuildId is { } guildId)
        {
            json["guild_id"] = Render.Id(guildId);
        }

        return json;
    }

    /// <summary>Edits of messages older than one hour are capped separately (code 30046), measured on the emulator clock.</summary>
    private void LimitOldMessageEdits(MessageState message)
    {
        if (!options.RateLimits.Enabled || clock.GetUtcNow() - message.Timestamp < TimeSpan.FromHours(1))
        {
            return;
        }

        var verdict = limiter.Acquire(RateLimiter.OldMessageEditBucket, options.RateLimits.OldMessageEdit, Render.Id(message.ChannelId));
        if (!verdict.Allowed)
        {
            throw new DiscordApiException(429, 30046, "Maximum number of edits to messages older than 1 hour reached. Try again later.")
            {
                RetryAfter = verdict.ResetAfterSeconds,
                Scope = "user",
            };
        }
    }

    private void Raise(string name, MessageState message) =>
        events.Raise(new EmulatorEvent(name, message.GuildId, message.ChannelId, renderer.Render(message), message.VisibleOnlyTo));

    private static ulong NeededFor(JsonObject body, IReadOnlyList<UploadedFile> files) =>
        (body["embeds"] is JsonArray { Count: > 0 } ? Permissions.EmbedLinks : 0) | (files.Count > 0 ? Permissions.AttachFiles : 0);

    private static int Flags(JsonObject body) => body["flags"] is JsonValue f && f.TryGetValue<int>(out var bits) ? bits : 0;
}

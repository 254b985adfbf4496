using PteroPulse.Discord.Rest;
using PteroPulse.DiscordGateway.Audit;
using PteroPulse.DiscordGateway.Embeds;
using PteroPulse.DiscordGateway.Locations;
using PteroPulse.DiscordGateway.Logging;
using PteroPulse.DiscordGateway.Messaging;
using PteroPulse.DiscordGateway.Telemetry;

namespace PteroPulse.DiscordGateway.Updates;

/// <summary>
/// Applies one status message to one embed location and handles what Discord answers: a deleted message or channel
/// is forgotten (never retried), lost access pauses the embed and says so once, the old-message edit limit reposts
/// the embed. 5xx answers are retried with backoff by the client library; what still fails waits for the next change.
/// </summary>
public sealed class EmbedEditor(
    IDiscordRestClient rest, IEmbedLocationStore store, AuditTrail audit, TimeProvider timeProvider, ILogger<EmbedEditor> logger, GatewayMetrics? metrics = null)
{
    /// <summary>Raised when a location is forgotten, so queued work for it can go too.</summary>
    public event Action<EmbedLocation>? Forgotten;

    public async Task ApplyAsync(ulong channelId, string serverId, StatusMessage message, CancellationToken cancellationToken)
    {
        // Read the location now, not when the update was queued: it may have been reposted, paused or purged since.
        var location = (await store.GetByServerAsync(serverId, cancellationToken)).FirstOrDefault(l => l.ChannelId == channelId);
        if (location is null || location.Paused)
        {
            return;
        }

        try
        {
            await rest.EditMessageAsync(channelId, location.MessageId, StatusMessageMapper.ToMessage(message), cancellationToken);
            GatewayLog.EmbedEdited(logger, location.MessageId, serverId, channelId);
            metrics?.Edited("ok");
        }
        catch (DiscordRestException ex) when (ex.Code == DiscordErrorCodes.UnknownMessage)
        {
            await store.RemoveAsync(location, cancellationToken);
            Forgotten?.Invoke(location);
            GatewayLog.MessageGone(logger, location.MessageId, serverId);
            metrics?.Edited("unknown_message");
        }
        catch (DiscordRestException ex) when (ex.Code == DiscordErrorCodes.UnknownChannel)
        {
            var forgotten = await store.RemoveChannelAsync(channelId, cancellationToken);
            Forgotten?.Invoke(location);
            GatewayLog.ChannelGone(logger, channelId, forgotten);
        }
        catch (DiscordRestException ex) when (ex.Code is DiscordErrorCodes.MissingAccess or DiscordErrorCodes.MissingPermissions)
        {
            await PauseAsync(location, ex.Code, cancellationToken);
            metrics?.Edited("no_access");
        }
        catch (DiscordRestException ex) when (ex.Code == DiscordErrorCodes.OldMessageEditLimit
            || (ex is DiscordRateLimitedException && MessageAge.IsOld(location.MessageId, timeProvider.GetUtcNow())))
        {
            // 30046 comes as a 429; a client that retries 429s itself surfaces it as "still rate limited", which on a
            // message older than an hour means the same: this message has used up its edits.
            await RepostAsync(location, message, cancellationToken);
            metrics?.Edited("reposted");
        }
        catch (Exception ex) when (ex is DiscordRestException or HttpRequestException or TimeoutException)
        {
            GatewayLog.EditFailed(logger, ex, location.MessageId, serverId);
            metrics?.Edited("failed");
        }
    }

    /// <summary>Posts a new status message and records where it is, replacing an older embed of the server in that channel.</summary>
    public async Task<EmbedLocation> PostAsync(ulong guildId, ulong channelId, StatusMessage message, CancellationToken cancellationToken)
    {
        var posted = await rest.CreateMessageAsync(channelId, StatusMessageMapper.ToMessage(message), cancellationToken);
        var location = new EmbedLocation(guildId, channelId, posted.Id, message.ServerId);
        var replaced = await store.SaveAsync(location, cancellationToken);
        GatewayLog.EmbedPosted(logger, posted.Id, location.ServerId, channelId);
        if (replaced is not null && replaced.MessageId != posted.Id)
        {
            await DeleteQuietlyAsync(replaced, cancellationToken);
        }

        return location;
    }

    private async Task PauseAsync(EmbedLocation location, int code, CancellationToken cancellationToken)
    {
        // Only the first refusal is reported: the flag is stored, so later changes skip this embed silently.
        if (await store.SetPausedAsync(location, true, cancellationToken))
        {
            GatewayLog.AccessLost(logger, location.ChannelId, location.ServerId, code);
            var missing = code == DiscordErrorCodes.MissingAccess ? "cannot see the channel" : "lacks a permission there (View Channel, Send Messages, Embed Links, Attach Files)";
            await audit.PostAsync(
                $"⚠️ The status embed of `{location.ServerId}` in <#{location.ChannelId}> is paused: the bot {missing}. Fix the channel's permissions, then run /refresh_embeds.",
                cancellationToken);
        }
    }

    /// <summary>Discord limits edits to messages older than an hour (30046): a fresh message takes the old one's place.</summary>
    private async Task RepostAsync(EmbedLocation old, StatusMessage message, CancellationToken cancellationToken)
    {
        var posted = await rest.CreateMessageAsync(old.ChannelId, StatusMessageMapper.ToMessage(message), cancellationToken);
        await store.SaveAsync(old with { MessageId = posted.Id, Paused = false }, cancellationToken);
        await DeleteQuietlyAsync(old, cancellationToken);
        GatewayLog.Reposted(logger, old.MessageId, old.ServerId, posted.Id);
    }

    private async Task DeleteQuietlyAsync(EmbedLocation location, CancellationToken cancellationToken)
    {
        try
        {
            await rest.DeleteMessageAsync(location.ChannelId, location.MessageId, "PteroPulse: replaced by a newer status embed", cancellationToken);
        }
        catch (DiscordRestException ex) when (ex.Code is DiscordErrorCodes.UnknownMessage or DiscordErrorCodes.UnknownChannel
            or DiscordErrorCodes.MissingAccess or DiscordErrorCodes.MissingPermissions)
        {
            // Already gone, or not ours to delete any more: either way nothing to do.
        }
    }
}

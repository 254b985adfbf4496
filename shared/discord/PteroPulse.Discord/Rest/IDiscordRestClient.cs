using PteroPulse.Discord.Models;

namespace PteroPulse.Discord.Rest;

/// <summary>
/// The Discord REST calls PteroPulse makes. Every call is rate limited, retried on 5xx and network failures, and
/// throws <see cref="DiscordRestException"/> (with Discord's code) when Discord refuses it.
/// </summary>
public interface IDiscordRestClient
{
    Task<DiscordMessage> CreateMessageAsync(ulong channelId, MessageProperties message, CancellationToken cancellationToken = default);

    /// <summary>
    /// Edits a message. To replace an embed image, send the new file in <see cref="MessageProperties.Attachments"/>:
    /// the list is the complete set that remains, so the old image goes.
    /// </summary>
    Task<DiscordMessage> EditMessageAsync(ulong channelId, ulong messageId, MessageProperties message, CancellationToken cancellationToken = default);

    Task<DiscordMessage> GetMessageAsync(ulong channelId, ulong messageId, CancellationToken cancellationToken = default);

    Task DeleteMessageAsync(ulong channelId, ulong messageId, string? auditReason = null, CancellationToken cancellationToken = default);

    Task<DiscordChannel> GetChannelAsync(ulong channelId, CancellationToken cancellationToken = default);

    Task<DiscordUser> GetCurrentUserAsync(CancellationToken cancellationToken = default);

    Task<DiscordApplication> GetCurrentApplicationAsync(CancellationToken cancellationToken = default);

    /// <summary>The configured application id, or the one Discord reports for the token (asked once).</summary>
    Task<ulong> GetApplicationIdAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ApplicationCommand>> GetGlobalCommandsAsync(ulong applicationId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ApplicationCommand>> GetGuildCommandsAsync(ulong applicationId, ulong guildId, CancellationToken cancellationToken = default);

    /// <summary>Replaces every global command with <paramref name="commands"/>.</summary>
    Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGlobalCommandsAsync(ulong applicationId, IReadOnlyList<ApplicationCommandProperties> commands, CancellationToken cancellationToken = default);

    /// <summary>Replaces every command of one guild with <paramref name="commands"/>; applies at once.</summary>
    Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGuildCommandsAsync(ulong applicationId, ulong guildId, IReadOnlyList<ApplicationCommandProperties> commands, CancellationToken cancellationToken = default);

    /// <summary>The one initial answer to an interaction; due within 3 s of its creation.</summary>
    Task SendInteractionCallbackAsync(ulong interactionId, string interactionToken, InteractionCallback callback, CancellationToken cancellationToken = default);

    Task<DiscordMessage> GetOriginalResponseAsync(ulong applicationId, string interactionToken, CancellationToken cancellationToken = default);

    /// <summary>Edits the interaction's original response (<c>@original</c>); how a deferred answer is delivered.</summary>
    Task<DiscordMessage> EditOriginalResponseAsync(ulong applicationId, string interactionToken, MessageProperties message, CancellationToken cancellationToken = default);

    Task DeleteOriginalResponseAsync(ulong applicationId, string interactionToken, CancellationToken cancellationToken = default);

    Task<DiscordMessage> CreateFollowupAsync(ulong applicationId, string interactionToken, MessageProperties message, CancellationToken cancellationToken = default);

    Task<DiscordMessage> EditFollowupAsync(ulong applicationId, string interactionToken, ulong messageId, MessageProperties message, CancellationToken cancellationToken = default);

    Task DeleteFollowupAsync(ulong applicationId, string interactionToken, ulong messageId, CancellationToken cancellationToken = default);

    Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken = default);
}

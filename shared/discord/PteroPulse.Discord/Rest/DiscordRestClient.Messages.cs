using System.Globalization;
using PteroPulse.Discord.Builders;
using PteroPulse.Discord.Models;

namespace PteroPulse.Discord.Rest;

internal sealed partial class DiscordRestClient
{
    public Task<DiscordMessage> CreateMessageAsync(ulong channelId, MessageProperties message, CancellationToken cancellationToken = default)
    {
        MessageValidator.Validate(message, requireContent: true);
        // A nonce Discord enforces makes a create that is retried after a network failure post only once.
        var withNonce = message with { Nonce = Nonce(), EnforceNonce = true };
        return sender.SendAsync<DiscordMessage>(HttpMethod.Post, $"channels/{channelId}/messages", RestContent.Message(withNonce), cancellationToken);
    }

    public Task<DiscordMessage> EditMessageAsync(ulong channelId, ulong messageId, MessageProperties message, CancellationToken cancellationToken = default)
    {
        MessageValidator.Validate(message, requireContent: false);
        return sender.SendAsync<DiscordMessage>(HttpMethod.Patch, $"channels/{channelId}/messages/{messageId}", RestContent.Message(message), cancellationToken);
    }

    public Task<DiscordMessage> GetMessageAsync(ulong channelId, ulong messageId, CancellationToken cancellationToken = default) =>
        sender.SendAsync<DiscordMessage>(HttpMethod.Get, $"channels/{channelId}/messages/{messageId}", null, cancellationToken);

    public Task DeleteMessageAsync(ulong channelId, ulong messageId, string? auditReason = null, CancellationToken cancellationToken = default) =>
        sender.SendAsync(HttpMethod.Delete, $"channels/{channelId}/messages/{messageId}", null, cancellationToken, auditReason);

    public Task<DiscordChannel> GetChannelAsync(ulong channelId, CancellationToken cancellationToken = default) =>
        sender.SendAsync<DiscordChannel>(HttpMethod.Get, $"channels/{channelId}", null, cancellationToken);

    public Task<DiscordUser> GetCurrentUserAsync(CancellationToken cancellationToken = default) =>
        sender.SendAsync<DiscordUser>(HttpMethod.Get, "users/@me", null, cancellationToken);

    public Task<DiscordApplication> GetCurrentApplicationAsync(CancellationToken cancellationToken = default) =>
        sender.SendAsync<DiscordApplication>(HttpMethod.Get, "applications/@me", null, cancellationToken);

    public Task<Models.GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken = default) =>
        sender.SendAsync<Models.GatewayBotInfo>(HttpMethod.Get, "gateway/bot", null, cancellationToken);

    private static string Nonce() => Random.Shared.NextInt64(1, long.MaxValue).ToString(CultureInfo.InvariantCulture);
}

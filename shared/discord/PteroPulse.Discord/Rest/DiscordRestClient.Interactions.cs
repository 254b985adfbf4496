using PteroPulse.Discord.Builders;
using PteroPulse.Discord.Models;

namespace PteroPulse.Discord.Rest;

internal sealed partial class DiscordRestClient
{
    public Task SendInteractionCallbackAsync(ulong interactionId, string interactionToken, InteractionCallback callback, CancellationToken cancellationToken = default)
    {
        if (callback.Data is MessageProperties message)
        {
            MessageValidator.Validate(message, requireContent: callback.Type == InteractionCallbackType.ChannelMessageWithSource);
        }

        return sender.SendAsync(HttpMethod.Post, $"interactions/{interactionId}/{interactionToken}/callback", RestContent.Callback(callback), cancellationToken);
    }

    public Task<DiscordMessage> GetOriginalResponseAsync(ulong applicationId, string interactionToken, CancellationToken cancellationToken = default) =>
        sender.SendAsync<DiscordMessage>(HttpMethod.Get, $"webhooks/{applicationId}/{interactionToken}/messages/@original", null, cancellationToken);

    public Task<DiscordMessage> EditOriginalResponseAsync(ulong applicationId, string interactionToken, MessageProperties message, CancellationToken cancellationToken = default)
    {
        MessageValidator.Validate(message, requireContent: false);
        return sender.SendAsync<DiscordMessage>(HttpMethod.Patch, $"webhooks/{applicationId}/{interactionToken}/messages/@original", RestContent.Message(message), cancellationToken);
    }

    public Task DeleteOriginalResponseAsync(ulong applicationId, string interactionToken, CancellationToken cancellationToken = default) =>
        sender.SendAsync(HttpMethod.Delete, $"webhooks/{applicationId}/{interactionToken}/messages/@original", null, cancellationToken);

    public Task<DiscordMessage> CreateFollowupAsync(ulong applicationId, string interactionToken, MessageProperties message, CancellationToken cancellationToken = default)
    {
        MessageValidator.Validate(message, requireContent: true);
        return sender.SendAsync<DiscordMessage>(HttpMethod.Post, $"webhooks/{applicationId}/{interactionToken}?wait=true", RestContent.Message(message), cancellationToken);
    }

    public Task<DiscordMessage> EditFollowupAsync(ulong applicationId, string interactionToken, ulong messageId, MessageProperties message, CancellationToken cancellationToken = default)
    {
        MessageValidator.Validate(message, requireContent: false);
        return sender.SendAsync<DiscordMessage>(HttpMethod.Patch, $"webhooks/{applicationId}/{interactionToken}/messages/{messageId}", RestContent.Message(message), cancellationToken);
    }

    public Task DeleteFollowupAsync(ulong applicationId, string interactionToken, ulong messageId, CancellationToken cancellationToken = default) =>
        sender.SendAsync(HttpMethod.Delete, $"webhooks/{applicationId}/{interactionToken}/messages/{messageId}", null, cancellationToken);
}

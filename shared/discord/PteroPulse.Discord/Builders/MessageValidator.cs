using PteroPulse.Discord.Models;

namespace PteroPulse.Discord.Builders;

/// <summary>
/// Checks a whole message against the limits Discord enforces but its OpenAPI schema does not (content 2000, 6000
/// embed characters across embeds, 5 rows, unique custom ids, non-empty), before a request is spent on a 400.
/// </summary>
public static class MessageValidator
{
    public static void Validate(MessageProperties message, bool requireContent)
    {
        if (message.Content is { Length: > DiscordLimits.ContentLength })
        {
            throw new DiscordLimitException($"Message content is {message.Content.Length} characters; Discord allows {DiscordLimits.ContentLength}. Use Text.Truncate.");
        }

        if (message.Embeds is { } embeds)
        {
            if (embeds.Count > DiscordLimits.EmbedsPerMessage)
            {
                throw new DiscordLimitException($"A message holds at most {DiscordLimits.EmbedsPerMessage} embeds, not {embeds.Count}.");
            }

            var total = EmbedLength.Of(embeds);
            if (total > DiscordLimits.EmbedTotal)
            {
                throw new DiscordLimitException($"The embeds hold {total} characters together; Discord allows {DiscordLimits.EmbedTotal}.");
            }
        }

        if (message.Components is { } components)
        {
            if (components.Count > DiscordLimits.ActionRows)
            {
                throw new DiscordLimitException($"A message holds at most {DiscordLimits.ActionRows} action rows, not {components.Count}.");
            }

            CustomIds.EnsureUnique(components);
        }

        if (message.Attachments?.Count(a => a.Content is not null) > DiscordLimits.FilesPerMessage)
        {
            throw new DiscordLimitException($"A message carries at most {DiscordLimits.FilesPerMessage} files.");
        }

        if (requireContent && string.IsNullOrEmpty(message.Content) && message.Embeds is not { Count: > 0 }
            && message.Components is not { Count: > 0 } && message.Attachments is not { Count: > 0 })
        {
            throw new DiscordLimitException("A message needs content, embeds, components or files (Discord code 50006).");
        }
    }
}

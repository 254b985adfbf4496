using System.Buffers.Binary;
using System.Text.Json.Nodes;
using PteroPulse.Emulators.Discord.Hosting;
using PteroPulse.Emulators.Discord.State;

namespace PteroPulse.Emulators.Discord.Messages;

/// <summary>
/// Renders a stored message as Discord's Message object. <c>attachment://name</c> in embeds resolves against the
/// message's current files; a reference that no longer resolves drops the image, and files used by embeds stay out
/// of <c>attachments</c> (discord-api.md §2.5, "the embedded-image trap").
/// </summary>
public sealed class MessageRenderer(EmulatorState state, EmulatorUrls urls)
{
    private static readonly string[] MediaKeys = ["image", "thumbnail"];

    public JsonObject Render(MessageState message)
    {
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        var embeds = new JsonArray();
        foreach (var embed in message.Embeds.OfType<JsonObject>())
        {
            embeds.Add(RenderEmbed(embed, message, referenced));
        }

        var json = new JsonObject
        {
            ["type"] = message.Type,
            ["content"] = message.Content,
            ["mentions"] = new JsonArray(),
            ["mention_roles"] = new JsonArray(),
            ["attachments"] = new JsonArray([.. message.Files.Where(f => !referenced.Contains(f.Filename)).Select(f => (JsonNode)Attachment(message, f))]),
            ["embeds"] = embeds,
            ["timestamp"] = Messages.Render.Time(message.Timestamp),
            ["edited_timestamp"] = message.EditedTimestamp is { } edited ? Messages.Render.Time(edited) : null,
            ["flags"] = message.Flags,
            ["components"] = RenderComponents(message.Components),
            ["id"] = Messages.Render.Id(message.Id),
            ["channel_id"] = Messages.Render.Id(message.ChannelId),
            ["author"] = state.Users.TryGetValue(message.AuthorId, out var author) ? Messages.Render.User(author) : null,
            ["pinned"] = false,
            ["mention_everyone"] = false,
            ["tts"] = message.Tts,
        };
        if (message.GuildId is { } guildId)
        {
            json["guild_id"] = Messages.Render.Id(guildId);
        }

        if (message.Nonce is not null)
        {
            json["nonce"] = message.Nonce.DeepClone();
        }

        if (message.WebhookId is { } webhookId)
        {
            json["webhook_id"] = Messages.Render.Id(webhookId);
        }

        if (message.ApplicationId is { } applicationId)
        {
            json["application_id"] = Messages.Render.Id(applicationId);
        }

        if (message.Reference is { } reference)
        {
            json["message_reference"] = reference.DeepClone();
        }

        if (message.Interaction is { } interaction)
        {
            json["interaction_metadata"] = InteractionMetadata(interaction);
        }

        return json;
    }

    private JsonObject InteractionMetadata(InteractionState interaction)
    {
        var json = new JsonObject
        {
            ["id"] = Messages.Render.Id(interaction.Id),
            ["type"] = interaction.Type,
            ["user"] = state.Users.TryGetValue(interaction.UserId, out var user) ? Messages.Render.User(user) : null,
            ["authorizing_integration_owners"] = new JsonObject { ["0"] = interaction.GuildId is { } g ? Messages.Render.Id(g) : "0" },
        };
        if (interaction.Name is { } name)
        {
            json["name"] = name;
        }

        if (interaction.MessageId is { } messageId)
        {
            json["interacted_message_id"] = Messages.Render.Id(messageId);
        }

        return json;
    }

    private JsonObject RenderEmbed(JsonObject source, MessageState message, HashSet<string> referenced)
    {
        var embed = source.DeepClone().AsObject();
        embed["type"] ??= "rich";
        foreach (var key in MediaKeys)
        {
            if (embed[key] is JsonObject media && media["url"]?.GetValue<string>() is { } url && url.StartsWith("attachment://", StringComparison.Ordinal))
            {
                var file = message.Files.FirstOrDefault(f => f.Filename == url["attachment://".Length..]);
                if (file is null)
                {
                    embed.Remove(key);
                    continue;
                }

                referenced.Add(file.Filename);
                var fileUrl = urls.FileUrl(message.ChannelId, file.Id, file.Filename);
                media["url"] = fileUrl;
                media["proxy_url"] = fileUrl;
                if (PngSize(file.Data) is { } size)
                {
                    media["width"] = size.Width;
                    media["height"] = size.Height;
                }

                media["content_type"] = file.ContentType;
            }
        }

        foreach (var (parent, key) in new[] { ("author", "icon_url"), ("footer", "icon_url") })
        {
            if (embed[parent] is JsonObject holder && holder[key]?.GetValue<string>() is { } icon && icon.StartsWith("attachment://", StringComparison.Ordinal))
            {
                var file = message.Files.FirstOrDefault(f => f.Filename == icon["attachment://".Length..]);
                if (file is null)
                {
                    holder.Remove(key);
                }
                else
                {
                    referenced.Add(file.Filename);
                    holder[key] = urls.FileUrl(message.ChannelId, file.Id, file.Filename);
                }
            }
        }

        return embed;
    }

    private JsonObject Attachment(MessageState message, StoredFile file)
    {
        var url = urls.FileUrl(message.ChannelId, file.Id, file.Filename);
        var json = new JsonObject
        {
            ["id"] = Messages.Render.Id(file.Id),
            ["filename"] = file.Filename,
            ["size"] = file.Data.Length,
            ["url"] = url,
            ["proxy_url"] = url,
            ["content_type"] = file.ContentType,
        };
        if (file.Description is not null)
        {
            json["description"] = file.Description;
        }

        if (file.Title is not null)
        {
            json["title"] = file.Title;
        }

        if (PngSize(file.Data) is { } size)
        {
            json["width"] = size.Width;
            json["height"] = size.Height;
        }

        if (message.IsEphemeral)
        {
            json["ephemeral"] = true;
        }

        return json;
    }

    /// <summary>Discord numbers components that arrive without an id.</summary>
    private static JsonArray RenderComponents(JsonArray rows)
    {
        var copy = rows.DeepClone().AsArray();
        var next = 1;
        Number(copy, ref next);
        return copy;
    }

    private static void Number(JsonArray components, ref int next)
    {
        foreach (var component in components.OfType<JsonObject>())
        {
            component["id"] ??= next;
            next++;
            if (component["components"] is JsonArray children)
            {
                Number(children, ref next);
            }
        }
    }

    private static (int Width, int Height)? PngSize(byte[] data) =>
        data.Length >= 24 && data[0] == 0x89 && data[1] == (byte)'P' && data[12] == (byte)'I' && data[13] == (byte)'H'
            ? (BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(20)))
            : null;
}

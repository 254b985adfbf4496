using PteroPulse.Discord.Builders;
using PteroPulse.Discord.Models;
using PteroPulse.DiscordGateway.Embeds;
using LibraryCustomIds = PteroPulse.Discord.Builders.CustomIds;

namespace PteroPulse.DiscordGateway.Messaging;

/// <summary>Turns the gateway's <see cref="StatusMessage"/> into the client library's message body.</summary>
public static class StatusMessageMapper
{
    /// <summary>
    /// The full message. <c>attachments</c> is always sent: with a new graph it is that file alone (the old image goes),
    /// without one it is empty, so an embed never shows a graph older than its figures.
    /// </summary>
    public static MessageProperties ToMessage(StatusMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new MessageProperties
        {
            Embeds = [ToEmbed(message.Embed)],
            Components = ToComponents(message.Buttons),
            Attachments = message.Graph is { } graph
                ? [AttachmentProperties.File(graph.FileName, graph.Png, "CPU and memory, last minute")]
                : [],
            AllowedMentions = AllowedMentions.None,
        };
    }

    public static Embed ToEmbed(StatusEmbed embed)
    {
        ArgumentNullException.ThrowIfNull(embed);
        var builder = new EmbedBuilder()
            .WithTitle(embed.Title)
            .WithColor(embed.Color)
            .WithFooter(embed.FooterText)
            .WithTimestamp(embed.Timestamp);
        if (embed.Description is { } description)
        {
            builder.WithDescription(description);
        }

        if (embed.ImageUrl is { } image)
        {
            builder.WithImage(image);
        }

        foreach (var field in embed.Fields)
        {
            builder.AddField(field.Name, field.Value, field.Inline);
        }

        return builder.Build();
    }

    public static IReadOnlyList<MessageComponent> ToComponents(IReadOnlyList<StatusButton> buttons)
    {
        ArgumentNullException.ThrowIfNull(buttons);

        // Built as records rather than with ActionRowBuilder, which has no emoji; ids are checked the same way.
        var row = new ActionRow
        {
            Components = buttons.Select(b => (MessageComponent)new Button
            {
                Style = (ButtonStyle)(int)b.Style,
                Label = b.Label,
                CustomId = LibraryCustomIds.Check(b.CustomId),
                Disabled = b.Disabled ? true : null,
                Emoji = b.Emoji is null ? null : new ComponentEmoji { Name = b.Emoji },
            }).ToList(),
        };
        IReadOnlyList<MessageComponent> rows = [row];
        LibraryCustomIds.EnsureUnique(rows);
        return rows;
    }
}

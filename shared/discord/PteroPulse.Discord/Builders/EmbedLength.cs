using PteroPulse.Discord.Models;

namespace PteroPulse.Discord.Builders;

/// <summary>Discord's character count of embeds (title, description, field names and values, footer, author).</summary>
public static class EmbedLength
{
    public static int Of(Embed embed) =>
        Len(embed.Title) + Len(embed.Description) + Len(embed.Footer?.Text) + Len(embed.Author?.Name)
        + (embed.Fields?.Sum(f => Len(f.Name) + Len(f.Value)) ?? 0);

    public static int Of(IEnumerable<Embed> embeds) => embeds.Sum(Of);

    /// <summary>Shortens the description, then field values from the last, until the embed fits <paramref name="budget"/>.</summary>
    public static Embed FitWithin(Embed embed, int budget)
    {
        var excess = Of(embed) - budget;
        if (excess <= 0)
        {
            return embed;
        }

        if (embed.Description is { Length: > 0 } description)
        {
            var keep = description.Length - excess;
            embed = keep >= 1
                ? embed with { Description = Text.Truncate(description, keep) }
                : embed with { Description = null };
            excess = Of(embed) - budget;
        }

        if (excess > 0 && embed.Fields is { Count: > 0 } fields)
        {
            var shortened = fields.ToList();
            for (var i = shortened.Count - 1; i >= 0 && excess > 0; i--)
            {
                var value = shortened[i].Value;
                var keep = Math.Max(1, value.Length - excess);
                shortened[i] = shortened[i] with { Value = Text.Truncate(value, keep) };
                excess -= value.Length - shortened[i].Value.Length;
            }

            embed = embed with { Fields = shortened };
        }

        return Of(embed) <= budget
            ? embed
            : throw new DiscordLimitException($"The embed needs {Of(embed)} characters even after shortening; Discord allows {budget}.");
    }

    private static int Len(string? text) => text?.Trim().Length ?? 0;
}

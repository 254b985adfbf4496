using PteroPulse.Discord.Models;

namespace PteroPulse.Discord.Builders;

/// <summary>The component rows of one message: at most five, custom ids unique across them.</summary>
public sealed class ComponentsBuilder
{
    private readonly List<ActionRow> _rows = [];

    public ComponentsBuilder AddRow(Action<ActionRowBuilder> build)
    {
        if (_rows.Count == DiscordLimits.ActionRows)
        {
            throw new DiscordLimitException($"A message holds at most {DiscordLimits.ActionRows} action rows.");
        }

        var row = new ActionRowBuilder();
        build(row);
        _rows.Add(row.Build());
        return this;
    }

    public IReadOnlyList<MessageComponent> Build()
    {
        CustomIds.EnsureUnique(_rows);
        return [.. _rows];
    }
}

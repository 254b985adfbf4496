using PteroPulse.Discord.Models;

namespace PteroPulse.Discord.Builders;

/// <summary>One action row: up to five buttons, or exactly one select menu.</summary>
public sealed class ActionRowBuilder
{
    private readonly List<MessageComponent> _components = [];

    public int Count => _components.Count;

    public ActionRowBuilder AddButton(ButtonStyle style, string customId, string label, bool disabled = false)
    {
        if (style == ButtonStyle.Link)
        {
            throw new DiscordLimitException("Link buttons carry a URL, not a custom_id: use AddLinkButton.");
        }

        return AddButtonCore(new Button
        {
            Style = style,
            CustomId = CustomIds.Check(customId),
            Label = Text.Truncate(label, DiscordLimits.ButtonLabel),
            Disabled = disabled ? true : null,
        });
    }

    public ActionRowBuilder AddLinkButton(string url, string label)
    {
        if (url.Length > DiscordLimits.Url || !Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            throw new DiscordLimitException($"A link button needs an absolute URL of at most {DiscordLimits.Url} characters.");
        }

        return AddButtonCore(new Button { Style = ButtonStyle.Link, Url = url, Label = Text.Truncate(label, DiscordLimits.ButtonLabel) });
    }

    public ActionRowBuilder AddStringSelect(string customId, IEnumerable<SelectOption> options, string? placeholder = null)
    {
        if (_components.Count > 0)
        {
            throw new DiscordLimitException("A select menu needs an action row of its own.");
        }

        var list = options.Select(o => o with
        {
            Label = Text.Truncate(o.Label, DiscordLimits.SelectOptionText),
            Value = o.Value.Length <= DiscordLimits.SelectOptionText
                ? o.Value
                : throw new DiscordLimitException($"Select option values are at most {DiscordLimits.SelectOptionText} characters."),
            Description = o.Description is null ? null : Text.Truncate(o.Description, DiscordLimits.SelectOptionText),
        }).ToList();
        if (list.Count is 0 or > DiscordLimits.SelectOptions)
        {
            throw new DiscordLimitException($"A select menu needs 1 to {DiscordLimits.SelectOptions} options, not {list.Count}.");
        }

        _components.Add(new StringSelectMenu
        {
            CustomId = CustomIds.Check(customId),
            Options = list,
            Placeholder = placeholder is null ? null : Text.Truncate(placeholder, DiscordLimits.SelectPlaceholder),
        });
        return this;
    }

    public ActionRow Build() => _components.Count > 0
        ? new ActionRow { Components = [.. _components] }
        : throw new DiscordLimitException("An action row needs at least one component.");

    private ActionRowBuilder AddButtonCore(Button button)
    {
        if (_components.Count == DiscordLimits.ButtonsPerRow || _components.Any(c => c is StringSelectMenu))
        {
            throw new DiscordLimitException($"An action row holds at most {DiscordLimits.ButtonsPerRow} buttons and no select menu beside them.");
        }

        _components.Add(button);
        return this;
    }
}

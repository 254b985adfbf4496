using Microsoft.Extensions.Logging;
using PteroPulse.Discord.Builders;
using PteroPulse.Discord.Models;
using PteroPulse.Discord.Rest;

namespace PteroPulse.Discord.Interactions;

/// <summary>Finds the handler of an interaction: commands by name, components by the longest matching custom_id prefix.</summary>
internal sealed class InteractionRouter(IEnumerable<ISlashCommandHandler> commands, IEnumerable<IComponentHandler> components, ILogger<InteractionRouter> logger)
{
    private readonly Dictionary<string, ISlashCommandHandler> _commands = commands.ToDictionary(c => c.Command.Name, StringComparer.Ordinal);
    private readonly IComponentHandler[] _components = [.. components.OrderByDescending(c => c.CustomIdPrefix.Length)];

    public IEnumerable<ApplicationCommandProperties> Definitions => _commands.Values.Select(c => c.Command);

    public (InteractionContext Context, Func<CancellationToken, Task> Handle) Route(Interaction interaction, IInteractionResponder responder, IDiscordRestClient rest)
    {
        var data = interaction.Data;
        switch (interaction.Type)
        {
            case InteractionType.ApplicationCommand when data?.Name is { } name && _commands.TryGetValue(name, out var command):
            {
                var context = new InteractionContext(interaction, responder, rest);
                return (context, ct => command.HandleAsync(context, ct));
            }

            case InteractionType.ApplicationCommandAutocomplete when data?.Name is { } name && _commands.TryGetValue(name, out var command):
            {
                var context = new InteractionContext(interaction, responder, rest);
                return (context, async ct =>
                {
                    var focused = Focused(data.Options);
                    var choices = await command.AutocompleteAsync(context, focused?.Name ?? "", focused?.Value?.ToString() ?? "", ct);
                    await context.AutocompleteAsync(choices, ct);
                });
            }

            case InteractionType.MessageComponent when data?.CustomId is { } customId && Match(customId) is { } handler:
            {
                var context = new ComponentContext(interaction, responder, rest, ComponentContext.Split(customId, handler.CustomIdPrefix));
                return (context, ct => handler.HandleAsync(context, ct));
            }

            default:
            {
                var context = new InteractionContext(interaction, responder, rest);
                var what = data?.Name ?? data?.CustomId ?? interaction.Type.ToString();
                return (context, ct =>
                {
                    InteractionLog.NoHandler(logger, what);
                    return interaction.Type == InteractionType.ApplicationCommandAutocomplete
                        ? context.AutocompleteAsync([], ct)
                        : context.ReplyEphemeralAsync("This action is not available any more. Try the command again.", ct);
                });
            }
        }
    }

    private IComponentHandler? Match(string customId) =>
        _components.FirstOrDefault(h => customId == h.CustomIdPrefix
            || (customId.StartsWith(h.CustomIdPrefix, StringComparison.Ordinal) && customId.Length > h.CustomIdPrefix.Length && customId[h.CustomIdPrefix.Length] == CustomIds.Separator));

    private static InteractionOption? Focused(IReadOnlyList<InteractionOption>? options)
    {
        foreach (var option in options ?? [])
        {
            if (option.Focused == true)
            {
                return option;
            }

            if (Focused(option.Options) is { } nested)
            {
                return nested;
            }
        }

        return null;
    }
}

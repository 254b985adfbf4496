using PteroPulse.Discord.Models;

namespace PteroPulse.Discord.Interactions;

/// <summary>
/// A slash command: its definition (registered at start) and its handler. Answer through the context; when the
/// handler is slow the library defers for it and the answer edits the original response.
/// </summary>
public interface ISlashCommandHandler
{
    ApplicationCommandProperties Command { get; }

    Task HandleAsync(InteractionContext context, CancellationToken cancellationToken);

    /// <summary>Choices for an autocomplete option; <paramref name="value"/> is what the user typed so far.</summary>
    Task<IReadOnlyList<ApplicationCommandChoice>> AutocompleteAsync(InteractionContext context, string optionName, string value, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ApplicationCommandChoice>>([]);
}

/// <summary>
/// Handles components whose custom_id is <see cref="CustomIdPrefix"/> or starts with it followed by ':'
/// (<c>power</c> handles <c>power:5e8b2c41:restart</c>).
/// </summary>
public interface IComponentHandler
{
    string CustomIdPrefix { get; }

    Task HandleAsync(ComponentContext context, CancellationToken cancellationToken);
}

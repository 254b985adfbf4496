using PteroPulse.Discord.Models;
using PteroPulse.Discord.Rest;

namespace PteroPulse.Discord.Interactions;

/// <summary>
/// One interaction being handled, and the way to answer it. The first answer becomes the interaction callback; if
/// the library has already deferred (auto-defer) the same call edits <c>@original</c> instead, so handlers never need
/// to know whether they were fast enough.
/// </summary>
public class InteractionContext(Interaction interaction, IInteractionResponder responder, IDiscordRestClient rest)
{
    private readonly SemaphoreSlim _answer = new(1, 1);

    public Interaction Interaction { get; } = interaction;
    public IDiscordRestClient Rest { get; } = rest;

    /// <summary>Where the interaction's answer stands.</summary>
    public InteractionAnswerState State { get; private set; } = InteractionAnswerState.None;

    /// <summary>The option <paramref name="name"/> of a slash command (searched through sub-commands), as text.</summary>
    public string? GetOption(string name) => Find(Interaction.Data?.Options, name)?.Value?.ToString();

    /// <summary>Replies with a message, or puts it into the deferred response.</summary>
    public Task ReplyAsync(MessageProperties message, CancellationToken cancellationToken = default) =>
        AnswerAsync(InteractionCallback.Message(message), message, cancellationToken);

    /// <summary>Replies with a message only the user sees.</summary>
    public Task ReplyEphemeralAsync(string content, CancellationToken cancellationToken = default) =>
        ReplyAsync(new MessageProperties { Content = content, Flags = MessageFlags.Ephemeral, AllowedMentions = AllowedMentions.None }, cancellationToken);

    /// <summary>Components: replaces the message the component is on (or the deferred response).</summary>
    public Task UpdateMessageAsync(MessageProperties message, CancellationToken cancellationToken = default) =>
        AnswerAsync(InteractionCallback.UpdateMessage(message), message, cancellationToken);

    /// <summary>Acknowledges now and answers later with <see cref="ReplyAsync"/> (commands: "thinking...").</summary>
    public Task DeferAsync(bool ephemeral = false, CancellationToken cancellationToken = default) =>
        AcknowledgeAsync(DeferFor(Interaction.Type, ephemeral), cancellationToken);

    public Task AutocompleteAsync(IReadOnlyList<ApplicationCommandChoice> choices, CancellationToken cancellationToken = default) =>
        AcknowledgeAsync(InteractionCallback.Autocomplete(choices.Take(Builders.DiscordLimits.AutocompleteChoices).ToList()), cancellationToken);

    /// <summary>An extra message after the answer (valid for 15 minutes).</summary>
    public async Task<DiscordMessage> FollowupAsync(MessageProperties message, CancellationToken cancellationToken = default) =>
        await Rest.CreateFollowupAsync(Interaction.ApplicationId, Interaction.Token, message, cancellationToken);

    /// <summary>Sends the deferred acknowledgement if nothing has answered yet; called by the auto-defer timer.</summary>
    internal async Task<bool> AutoDeferAsync(CancellationToken cancellationToken)
    {
        if (Interaction.Type == InteractionType.ApplicationCommandAutocomplete)
        {
            return false;
        }

        await _answer.WaitAsync(cancellationToken);
        try
        {
            if (State != InteractionAnswerState.None)
            {
                return false;
            }

            await responder.RespondAsync(Interaction, DeferFor(Interaction.Type, ephemeral: false), cancellationToken);
            State = InteractionAnswerState.Deferred;
            return true;
        }
        finally
        {
            _answer.Release();
        }
    }

    private async Task AnswerAsync(InteractionCallback callback, MessageProperties message, CancellationToken cancellationToken)
    {
        await _answer.WaitAsync(cancellationToken);
        try
        {
            if (State == InteractionAnswerState.None)
            {
                await responder.RespondAsync(Interaction, callback, cancellationToken);
                State = InteractionAnswerState.Answered;
                return;
            }

            // Deferred (by the handler or the library), or answered already: the message goes into @original. The
            // ephemeral flag was fixed by the defer and cannot change on edit.
            await Rest.EditOriginalResponseAsync(Interaction.ApplicationId, Interaction.Token, message with { Flags = null }, cancellationToken);
            State = InteractionAnswerState.Answered;
        }
        finally
        {
            _answer.Release();
        }
    }

    private async Task AcknowledgeAsync(InteractionCallback callback, CancellationToken cancellationToken)
    {
        await _answer.WaitAsync(cancellationToken);
        try
        {
            if (State != InteractionAnswerState.None)
            {
                return;
            }

            await responder.RespondAsync(Interaction, callback, cancellationToken);
            State = callback.Type is InteractionCallbackType.AutocompleteResult ? InteractionAnswerState.Answered : InteractionAnswerState.Deferred;
        }
        finally
        {
            _answer.Release();
        }
    }

    private static InteractionCallback DeferFor(InteractionType type, bool ephemeral) =>
        type == InteractionType.MessageComponent ? InteractionCallback.DeferredUpdate : InteractionCallback.DeferredMessage(ephemeral);

    private static InteractionOption? Find(IReadOnlyList<InteractionOption>? options, string name)
    {
        foreach (var option in options ?? [])
        {
            if (option.Name == name && option.Value is not null)
            {
                return option;
            }

            if (Find(option.Options, name) is { } nested)
            {
                return nested;
            }
        }

        return null;
    }
}

public enum InteractionAnswerState
{
    /// <summary>Nothing sent yet: the next answer is the callback.</summary>
    None,

    /// <summary>Acknowledged without content: the next answer edits @original.</summary>
    Deferred,

    Answered,
}

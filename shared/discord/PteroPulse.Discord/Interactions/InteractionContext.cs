using PteroPulse.Discord.Models;
using PteroPulse.Discord.Rest;

namespace PteroPulse.Discord.Interactions;

/// <summary>
/// One interaction being handled, and the way to answer it. The first answer becomes the interaction callback; if
/// the library has already deferred (auto-defer) the same call goes where the user will see it (the deferred
/// response, or a followup when the defer kept the component's message), so handlers never need to know whether they
/// were fast enough. A second reply edits the first.
/// </summary>
public class InteractionContext(Interaction interaction, IInteractionResponder responder, IDiscordRestClient rest)
{
    private readonly SemaphoreSlim _answer = new(1, 1);
    private bool _acknowledged;
    private bool _originalIsComponentMessage;
    private bool _hasReply;
    private ulong? _replyFollowupId;
    private bool _updated;

    public Interaction Interaction { get; } = interaction;
    public IDiscordRestClient Rest { get; } = rest;

    /// <summary>Where the interaction's answer stands.</summary>
    public InteractionAnswerState State => !_acknowledged
        ? InteractionAnswerState.None
        : _hasReply || _updated ? InteractionAnswerState.Answered : InteractionAnswerState.Deferred;

    /// <summary>The option <paramref name="name"/> of a slash command (searched through sub-commands), as text.</summary>
    public string? GetOption(string name) => Find(Interaction.Data?.Options, name)?.Value?.ToString();

    /// <summary>
    /// Replies with a message: the callback if nothing was sent yet, else the deferred response, else a followup
    /// (after a deferred update, which keeps the component's message). A later call edits this reply.
    /// </summary>
    public Task ReplyAsync(MessageProperties message, CancellationToken cancellationToken = default) =>
        SerializedAsync(() => ReplyCoreAsync(message, cancellationToken), cancellationToken);

    /// <summary>Replies with a message only the user sees.</summary>
    public Task ReplyEphemeralAsync(string content, CancellationToken cancellationToken = default) =>
        ReplyAsync(new MessageProperties { Content = content, Flags = MessageFlags.Ephemeral, AllowedMentions = AllowedMentions.None }, cancellationToken);

    /// <summary>Components: replaces the message the component is on (type 7, or an edit after a deferred update).</summary>
    public Task UpdateMessageAsync(MessageProperties message, CancellationToken cancellationToken = default) =>
        SerializedAsync(() => UpdateCoreAsync(message, cancellationToken), cancellationToken);

    /// <summary>
    /// Acknowledges now and answers later: commands show "thinking..." (type 5; <paramref name="ephemeral"/> fixes the
    /// later answer's visibility), components keep their message (type 6).
    /// </summary>
    public Task DeferAsync(bool ephemeral = false, CancellationToken cancellationToken = default) =>
        SerializedAsync(() => AcknowledgeAsync(DeferFor(Interaction.Type, ephemeral), cancellationToken), cancellationToken);

    public Task AutocompleteAsync(IReadOnlyList<ApplicationCommandChoice> choices, CancellationToken cancellationToken = default) =>
        SerializedAsync(() => AcknowledgeAsync(InteractionCallback.Autocomplete(choices.Take(Builders.DiscordLimits.AutocompleteChoices).ToList()), cancellationToken), cancellationToken);

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

        var deferred = false;
        await SerializedAsync(async () =>
        {
            if (!_acknowledged)
            {
                await AcknowledgeAsync(DeferFor(Interaction.Type, ephemeral: false), cancellationToken);
                deferred = true;
            }
        }, cancellationToken);
        return deferred;
    }

    private async Task ReplyCoreAsync(MessageProperties message, CancellationToken cancellationToken)
    {
        if (!_acknowledged)
        {
            await responder.RespondAsync(Interaction, InteractionCallback.Message(message), cancellationToken);
            _acknowledged = true;
            _hasReply = true;
            return;
        }

        // The ephemeral flag was fixed when the reply (or the defer) was created and cannot change on edit.
        var edit = message with { Flags = null };
        if (_replyFollowupId is { } followupId)
        {
            await Rest.EditFollowupAsync(Interaction.ApplicationId, Interaction.Token, followupId, edit, cancellationToken);
        }
        else if (_hasReply || !_originalIsComponentMessage)
        {
            await Rest.EditOriginalResponseAsync(Interaction.ApplicationId, Interaction.Token, edit, cancellationToken);
        }
        else
        {
            // A deferred update or an update kept @original as the component's message: the reply is a new message.
            _replyFollowupId = (await Rest.CreateFollowupAsync(Interaction.ApplicationId, Interaction.Token, message, cancellationToken)).Id;
        }

        _hasReply = true;
    }

    private async Task UpdateCoreAsync(MessageProperties message, CancellationToken cancellationToken)
    {
        if (!_acknowledged)
        {
            await responder.RespondAsync(Interaction, InteractionCallback.UpdateMessage(message), cancellationToken);
            _acknowledged = true;
            _originalIsComponentMessage = true;
        }
        else if (_originalIsComponentMessage || Interaction.Message is null)
        {
            await Rest.EditOriginalResponseAsync(Interaction.ApplicationId, Interaction.Token, message, cancellationToken);
        }
        else
        {
            // @original is a reply here; the component's own message is edited directly.
            await Rest.EditMessageAsync(Interaction.Message.ChannelId, Interaction.Message.Id, message, cancellationToken);
        }

        _updated = true;
    }

    private async Task AcknowledgeAsync(InteractionCallback callback, CancellationToken cancellationToken)
    {
        if (_acknowledged)
        {
            return;
        }

        await responder.RespondAsync(Interaction, callback, cancellationToken);
        _acknowledged = true;
        _originalIsComponentMessage = callback.Type == InteractionCallbackType.DeferredUpdateMessage;
        _hasReply = callback.Type == InteractionCallbackType.AutocompleteResult;
    }

    private async Task SerializedAsync(Func<Task> action, CancellationToken cancellationToken)
    {
        await _answer.WaitAsync(cancellationToken);
        try
        {
            await action();
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

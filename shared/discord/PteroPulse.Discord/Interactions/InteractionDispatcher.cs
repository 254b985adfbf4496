using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PteroPulse.Discord.Models;
using PteroPulse.Discord.Rest;

namespace PteroPulse.Discord.Interactions;

/// <summary>
/// Drops repeated interaction ids, finds the handler (command by name, component by custom_id prefix), starts the
/// auto-defer timer, runs the handler in its own DI scope, and turns a failure or a missing handler into a clear ephemeral reply.
/// </summary>
internal sealed class InteractionDispatcher(
    IServiceScopeFactory scopes,
    InteractionDeduplicator deduplicator,
    IDiscordRestClient rest,
    IOptions<DiscordInteractionsOptions> options,
    DiscordMetrics metrics,
    TimeProvider time,
    ILogger<InteractionDispatcher> logger) : IInteractionDispatcher
{
    public async Task DispatchAsync(Interaction interaction, IInteractionResponder responder, CancellationToken cancellationToken)
    {
        if (interaction.Type == InteractionType.Ping)
        {
            await responder.RespondAsync(interaction, InteractionCallback.Pong, cancellationToken);
            return;
        }

        if (!deduplicator.TryClaim(interaction.Id))
        {
            InteractionLog.Duplicate(logger, interaction.Id);
            return;
        }

        // One scope per interaction: handlers may use scoped services (a bus request client, say).
        await using var scope = scopes.CreateAsyncScope();
        var (context, handle) = scope.ServiceProvider.GetRequiredService<InteractionRouter>().Route(interaction, responder, rest);
        using var autoDefer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var timer = AutoDeferAsync(context, autoDefer.Token);
        try
        {
            await handle(cancellationToken);
            await EnsureAnsweredAsync(context, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            InteractionLog.HandlerFailed(logger, ex, interaction.Id, Describe(interaction));
            metrics.InteractionFailed();
            await TryReplyFailureAsync(context, cancellationToken);
        }
        finally
        {
            await autoDefer.CancelAsync();
            await timer;
        }
    }

    private async Task AutoDeferAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(options.Value.AutoDeferAfter, time, cancellationToken);
            if (await context.AutoDeferAsync(cancellationToken))
            {
                metrics.AutoDeferred();
                InteractionLog.AutoDeferred(logger, context.Interaction.Id, Describe(context.Interaction));
            }
        }
        catch (OperationCanceledException)
        {
            // The handler answered (or finished) in time.
        }
        catch (Exception ex)
        {
            InteractionLog.AutoDeferFailed(logger, ex, context.Interaction.Id);
        }
    }

    private async Task EnsureAnsweredAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        if (context.State != InteractionAnswerState.None)
        {
            return;
        }

        // A handler that said nothing would leave "This interaction failed" on the user's screen.
        InteractionLog.NoAnswer(logger, context.Interaction.Id, Describe(context.Interaction));
        if (context.Interaction.Type == InteractionType.MessageComponent)
        {
            await context.DeferAsync(cancellationToken: cancellationToken);
        }
        else if (context.Interaction.Type == InteractionType.ApplicationCommandAutocomplete)
        {
            await context.AutocompleteAsync([], cancellationToken);
        }
        else
        {
            await context.ReplyEphemeralAsync("Done.", cancellationToken);
        }
    }

    private async Task TryReplyFailureAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        try
        {
            if (context.Interaction.Type == InteractionType.ApplicationCommandAutocomplete)
            {
                await context.AutocompleteAsync([], cancellationToken);
            }
            else
            {
                await context.ReplyEphemeralAsync("Sorry, that did not work. The error was logged; please try again in a moment.", cancellationToken);
            }
        }
        catch (Exception ex)
        {
            InteractionLog.FailureReplyFailed(logger, ex, context.Interaction.Id);
        }
    }

    private static string Describe(Interaction interaction) =>
        interaction.Data?.Name ?? interaction.Data?.CustomId ?? interaction.Type.ToString();
}

using PteroPulse.Discord.Models;
using PteroPulse.Discord.Rest;

namespace PteroPulse.Discord.Interactions;

/// <summary>
/// The initial answer of an HTTP interaction goes back as the HTTP response (one round trip saved). A callback with
/// files is sent over REST instead and the endpoint answers 202.
/// </summary>
internal sealed class HttpInlineResponder(IDiscordRestClient rest) : IInteractionResponder
{
    private static readonly TimeSpan WriteWait = TimeSpan.FromSeconds(5);
    private readonly TaskCompletionSource<InteractionCallback?> _initial = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _written = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The callback to write as the HTTP response; null when it went over REST (answer 202).</summary>
    public Task<InteractionCallback?> Initial => _initial.Task;

    /// <summary>Called by the endpoint once the response has been written.</summary>
    public void MarkWritten() => _written.TrySetResult();

    public async Task RespondAsync(Interaction interaction, InteractionCallback callback, CancellationToken cancellationToken)
    {
        if (RestContent.Callback(callback).HasFiles)
        {
            await rest.SendInteractionCallbackAsync(interaction.Id, interaction.Token, callback, cancellationToken);
            _initial.TrySetResult(null);
            return;
        }

        if (!_initial.TrySetResult(callback))
        {
            throw new InvalidOperationException($"Interaction {interaction.Id} was already answered.");
        }

        // Later edits of @original must not reach Discord before the answer they edit.
        await _written.Task.WaitAsync(WriteWait, cancellationToken);
    }
}

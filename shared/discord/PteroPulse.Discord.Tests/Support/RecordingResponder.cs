using PteroPulse.Discord.Interactions;
using PteroPulse.Discord.Models;

namespace PteroPulse.Discord.Tests.Support;

/// <summary>Records initial answers instead of calling Discord.</summary>
internal sealed class RecordingResponder : IInteractionResponder
{
    private readonly List<InteractionCallback> _callbacks = [];

    public IReadOnlyList<InteractionCallback> Callbacks
    {
        get
        {
            lock (_callbacks)
            {
                return [.. _callbacks];
            }
        }
    }

    public Task RespondAsync(Interaction interaction, InteractionCallback callback, CancellationToken cancellationToken)
    {
        lock (_callbacks)
        {
            _callbacks.Add(callback);
        }

        return Task.CompletedTask;
    }
}

using System.Collections.Concurrent;
using PteroPulse.Contracts;
using PteroPulse.Poller.Polling;

namespace PteroPulse.Poller.Tests.Support;

/// <summary>Keeps every published event with the (fake) time it was published.</summary>
internal sealed class RecordingPublisher(TimeProvider time) : IPollerPublisher
{
    private readonly ConcurrentQueue<(DateTimeOffset At, object Message)> _messages = new();

    public Task PublishAsync<T>(T message, CancellationToken cancellationToken)
        where T : class
    {
        _messages.Enqueue((time.GetUtcNow(), message));
        return Task.CompletedTask;
    }

    public IReadOnlyList<(DateTimeOffset At, T Message)> Of<T>() =>
        _messages.Where(m => m.Message is T).Select(m => (m.At, (T)m.Message)).ToList();

    public IReadOnlyList<(DateTimeOffset At, ServerStateChanged Message)> ChangesOf(string serverId) =>
        Of<ServerStateChanged>().Where(c => c.Message.Current.ServerId == serverId).ToList();
}

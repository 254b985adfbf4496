using System.Collections.Concurrent;
using MassTransit;
using PteroPulse.Contracts;

namespace PteroPulse.IntegrationTests;

/// <summary>Test consumer: hands every sample it receives to the <see cref="SampleInbox"/>.</summary>
public sealed class SampleCatcher(SampleInbox inbox) : IConsumer<ServerSampled>
{
    public Task Consume(ConsumeContext<ServerSampled> context)
    {
        inbox.Deliver(context.Message);
        return Task.CompletedTask;
    }
}

public sealed class SampleCatcherDefinition : ConsumerDefinition<SampleCatcher>;

public sealed class SampleInbox
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<ServerSampled>> _waiting = new();

    public void Deliver(ServerSampled message) => Slot(message.Sample.ServerId).TrySetResult(message);

    public Task<ServerSampled> WaitForAsync(string serverId, TimeSpan timeout) => Slot(serverId).Task.WaitAsync(timeout);

    private TaskCompletionSource<ServerSampled> Slot(string serverId) =>
        _waiting.GetOrAdd(serverId, _ => new TaskCompletionSource<ServerSampled>(TaskCreationOptions.RunContinuationsAsynchronously));
}

using PteroPulse.Contracts;
using PteroPulse.Poller.Polling;

namespace Poller.Bench;

/// <summary>Counts ServerSampled on its way to the real bus.</summary>
internal sealed class CountingPublisher
{
    private long _samples;

    public long Samples => Interlocked.Read(ref _samples);

    public IPollerPublisher Wrap(IPollerPublisher inner) => new Counting(this, inner);

    private sealed class Counting(CountingPublisher owner, IPollerPublisher inner) : IPollerPublisher
    {
        public Task PublishAsync<T>(T message, CancellationToken cancellationToken)
            where T : class
        {
            if (message is ServerSampled)
            {
                Interlocked.Increment(ref owner._samples);
            }

            return inner.PublishAsync(message, cancellationToken);
        }
    }
}

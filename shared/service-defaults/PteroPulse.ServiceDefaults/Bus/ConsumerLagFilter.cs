using MassTransit;

namespace PteroPulse.ServiceDefaults.Bus;

/// <summary>Records how long each message waited between its publish and its consumer (see <see cref="BusMetrics"/>).</summary>
public sealed class ConsumerLagFilter<T>(BusMetrics metrics, TimeProvider time) : IFilter<ConsumeContext<T>>
    where T : class
{
    public Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        if (context.SentTime is { } sent)
        {
            var endpoint = context.ReceiveContext.InputAddress?.AbsolutePath.Trim('/') ?? "unknown";
            metrics.Consumed(endpoint, time.GetUtcNow().UtcDateTime - DateTime.SpecifyKind(sent, DateTimeKind.Utc));
        }

        return next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("consumerLag");
}

using MassTransit;
using StackExchange.Redis;

namespace PteroPulse.Metrics.Recording;

/// <summary>
/// Rides out a Redis outage: connection failures and timeouts are retried with back-off for about ten minutes (on
/// top of the bus's short default retry) while the message stays unacknowledged, so a restart of Redis or of this
/// pod never loses a sample; the broker redelivers whatever was in flight.
/// </summary>
public sealed class RecordSampleConsumerDefinition : ConsumerDefinition<RecordSampleConsumer>
{
    public static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(100);

    public static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(15);

    public const int RedisRetries = 50;

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<RecordSampleConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(r =>
        {
            r.Handle<RedisConnectionException>();
            r.Handle<RedisTimeoutException>();
            r.Exponential(RedisRetries, FirstRetry, LongestRetry, TimeSpan.FromMilliseconds(500));
        });
    }
}

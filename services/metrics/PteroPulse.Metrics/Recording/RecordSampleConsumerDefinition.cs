using MassTransit;
using StackExchange.Redis;

namespace PteroPulse.Metrics.Recording;

/// <summary>
/// Rides out a Redis outage: connection failures, timeouts and the errors of a Redis that is restarting or failing
/// over are retried with back-off for 10–15 minutes (inside the bus's short default retry, which repeats it) while
/// the message stays unacknowledged, so a restart of Redis or of this pod never loses a sample; the broker
/// redelivers whatever was in flight.
/// </summary>
public sealed class RecordSampleConsumerDefinition : ConsumerDefinition<RecordSampleConsumer>
{
    public static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(100);

    public static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(15);

    public const int RedisRetries = 50;

    /// <summary>Server replies that mean "not now" rather than "never": loading its data, busy script, failover.</summary>
    private static readonly string[] TransientServerErrors = ["LOADING", "BUSY", "READONLY", "MASTERDOWN", "TRYAGAIN"];

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<RecordSampleConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(r =>
        {
            r.Handle<RedisConnectionException>();
            r.Handle<RedisTimeoutException>();
            r.Handle<RedisServerException>(e => IsTransient(e.Message));
            r.Exponential(RedisRetries, FirstRetry, LongestRetry, TimeSpan.FromMilliseconds(500));
        });
    }

    public static bool IsTransient(string serverError) =>
        TransientServerErrors.Any(prefix => serverError.StartsWith(prefix, StringComparison.Ordinal));
}

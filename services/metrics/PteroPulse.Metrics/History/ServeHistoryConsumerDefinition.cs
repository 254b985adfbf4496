using MassTransit;

namespace PteroPulse.Metrics.History;

/// <summary>
/// Queries are cheap reads; the bus's default retry covers a Redis blip. No long retry here: the asker's request
/// times out after seconds, so a late answer would help nobody.
/// </summary>
public sealed class ServeHistoryConsumerDefinition : ConsumerDefinition<ServeHistoryConsumer>;

using MassTransit;
using PteroPulse.Contracts;
using PteroPulse.Metrics.Logging;
using PteroPulse.Metrics.Storage;

namespace PteroPulse.Metrics.Recording;

/// <summary>
/// Stores each sample, then announces it. Storing first and idempotently means a crash or a lost acknowledgement
/// between the two steps only causes a redelivery that overwrites the same sample.
/// </summary>
public sealed class RecordSampleConsumer(ISampleHistoryStore store, ILogger<RecordSampleConsumer> logger) : IConsumer<ServerSampled>
{
    public async Task Consume(ConsumeContext<ServerSampled> context)
    {
        var sample = context.Message.Sample;
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["ServerId"] = sample.ServerId });
        var problem = SampleValidation.FindProblem(sample);
        if (problem is not null)
        {
            // Retrying cannot fix a malformed sample; dropping it keeps the queue moving and the log says why.
            MetricsLog.SampleRejected(logger, sample.ServerId, sample.SampledAt, problem);
            return;
        }

        var stored = await store.AppendAsync(sample, context.CancellationToken);
        MetricsLog.SampleRecorded(logger, sample.ServerId, sample.SampledAt, stored);
        await context.Publish(
            new ServerMetricsRecorded { ServerId = sample.ServerId, SampledAt = sample.SampledAt, StoredSamples = stored },
            context.CancellationToken);
    }
}

using Microsoft.Extensions.Options;
using PteroPulse.Metrics.Storage;

namespace PteroPulse.Metrics.Tests.Storage;

public sealed class InMemorySampleHistoryStoreTests : SampleHistoryStoreTests
{
    protected override ISampleHistoryStore CreateStore(MetricsOptions options) =>
        new InMemorySampleHistoryStore(Options.Create(options), Time);

    protected override Task LetTtlPassAsync(ISampleHistoryStore store, string serverId, TimeSpan ttl)
    {
        Time.Advance(ttl);
        return Task.CompletedTask;
    }
}

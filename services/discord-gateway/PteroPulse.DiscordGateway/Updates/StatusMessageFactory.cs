using MassTransit;
using Microsoft.Extensions.Options;
using PteroPulse.Contracts;
using PteroPulse.DiscordGateway.Embeds;
using PteroPulse.DiscordGateway.Logging;
using PteroPulse.DiscordGateway.Servers;

namespace PteroPulse.DiscordGateway.Updates;

/// <summary>
/// Gathers what a status message shows: the sample, the server's listing, the history (metrics) and the graph
/// (renderer). Metrics or renderer not answering within <see cref="DiscordGatewayOptions.GraphTimeout"/> costs the
/// graph, never the update.
/// </summary>
public sealed class StatusMessageFactory(
    IRequestClient<GetServerHistory> historyClient,
    IRequestClient<RenderServerGraph> graphClient,
    ServerCatalog catalog,
    IOptionsMonitor<DiscordGatewayOptions> options,
    TimeProvider timeProvider,
    ILogger<StatusMessageFactory> logger)
{
    public async Task<StatusSnapshot> BuildAsync(ServerSample sample, DateTimeOffset? unreachableSince, CancellationToken cancellationToken, bool removed = false)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var timeout = options.CurrentValue.GraphTimeout;
        var history = await GetHistoryAsync(sample.ServerId, cancellationToken);

        ReadOnlyMemory<byte>? png = null;
        if (history is not null && StatusEmbedBuilder.ShouldRenderGraph(history))
        {
            png = await AskAsync("graph", sample.ServerId, timeout, async () =>
            {
                var request = new RenderServerGraph
                {
                    ServerId = sample.ServerId,
                    ServerName = sample.Name,
                    State = sample.State,
                    Points = history,
                    CpuLimitPercent = sample.CpuLimitPercent,
                    MemoryLimitBytes = sample.MemoryLimitBytes,
                };
                var response = await graphClient.GetResponse<ServerGraphRendered>(request, cancellationToken, RequestTimeout.After(ms: (int)timeout.TotalMilliseconds));
                return (ReadOnlyMemory<byte>?)response.Message.Png;
            });
        }

        var input = new StatusEmbedInput(sample, catalog.FindServer(sample.ServerId), timeProvider.GetUtcNow(), png, unreachableSince, removed);
        return new StatusSnapshot(StatusEmbedBuilder.Build(input), history ?? []);
    }

    /// <summary>The server's last minute from metrics, or null when metrics did not answer in time.</summary>
    public async Task<IReadOnlyList<MetricPoint>?> GetHistoryAsync(string serverId, CancellationToken cancellationToken)
    {
        var timeout = options.CurrentValue.GraphTimeout;
        return await AskAsync("history", serverId, timeout, async () =>
            (await historyClient.GetResponse<ServerHistory>(new GetServerHistory { ServerId = serverId }, cancellationToken, RequestTimeout.After(ms: (int)timeout.TotalMilliseconds))).Message.Points);
    }

    private async Task<T?> AskAsync<T>(string what, string serverId, TimeSpan timeout, Func<Task<T>> ask)
    {
        try
        {
            return await ask();
        }
        catch (Exception ex) when (ex is RequestTimeoutException or RequestFaultException)
        {
            GatewayLog.GraphSkipped(logger, what, serverId, timeout);
            return default;
        }
    }
}

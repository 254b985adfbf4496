using System.Diagnostics.Metrics;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PteroPulse.Discord.Interactions;
using PteroPulse.Discord.Rest;

namespace PteroPulse.Discord.Gateway;

/// <summary>
/// Runs the configured shard range: asks <c>GET /gateway/bot</c> for the URL, shard count and max_concurrency,
/// starts one <see cref="GatewayShard"/> per shard (Identify paced by <see cref="IIdentifyGate"/>), and feeds their
/// events, in order, to every <see cref="IGatewayEventHandler"/>. Repeated interaction ids are dropped here.
/// </summary>
public sealed class DiscordGatewayClient(
    IServiceProvider services,
    IDiscordRestClient rest,
    IGatewayConnectionFactory connections,
    IIdentifyGate identifyGate,
    IOptions<DiscordOptions> discordOptions,
    IOptions<DiscordGatewayOptions> gatewayOptions,
    TimeProvider time,
    DiscordMetrics metrics,
    ILoggerFactory loggers) : IDiscordGatewayClient
{
    private readonly ILogger _logger = loggers.CreateLogger<DiscordGatewayClient>();
    private readonly InteractionDeduplicator _interactions = new(time);
    private IReadOnlyList<GatewayShard> _shards = [];

    public IReadOnlyList<GatewayShardStatus> Shards => [.. _shards.Select(s => new GatewayShardStatus(s.ShardId, s.State, s.Latency))];

    public bool IsReady => _shards.Count > 0 && _shards.All(s => s.State == GatewayShardState.Ready);

    public GatewayFatalException? Failure { get; private set; }

    /// <summary>Runs until <paramref name="stoppingToken"/> fires (sessions closed with 1000) or a shard fails fatally (rethrown).</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var options = gatewayOptions.Value;
        var (url, shardCount, maxConcurrency) = await ResolveAsync(options, stoppingToken);
        var last = options.LastShardId ?? shardCount - 1;
        var channel = Channel.CreateUnbounded<GatewayEvent>(new UnboundedChannelOptions { SingleReader = true });
        _shards = [.. Enumerable.Range(options.FirstShardId, last - options.FirstShardId + 1).Select(id => new GatewayShard(
            new GatewayShardSettings(id, shardCount, maxConcurrency, url, discordOptions.Value.Token, options),
            connections, identifyGate, time, channel.Writer, loggers.CreateLogger($"{typeof(GatewayShard).FullName}.{id}")))];

        RegisterGauges();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var handlers = services.GetServices<IGatewayEventHandler>().ToList();
        var dispatch = DispatchLoopAsync(channel.Reader, handlers, linked.Token);
        try
        {
            await Task.WhenAll(_shards.Select(shard => RunShardAsync(shard, linked)));
        }
        finally
        {
            channel.Writer.TryComplete();
            await dispatch;
        }

        if (Failure is not null)
        {
            throw Failure;
        }
    }

    private void RegisterGauges()
    {
        metrics.Meter.CreateObservableGauge("pteropulse.discord.gateway.ready_shards",
            () => _shards.Count(s => s.State == GatewayShardState.Ready), description: "Shards of this process with a live session");
        metrics.Meter.CreateObservableGauge("pteropulse.discord.gateway.latency",
            () => _shards.Where(s => s.Latency is not null).Select(s => new Measurement<double>(s.Latency!.Value.TotalMilliseconds, new KeyValuePair<string, object?>("shard", s.ShardId))),
            unit: "ms", description: "Heartbeat round trip per shard");
    }

    private async Task RunShardAsync(GatewayShard shard, CancellationTokenSource all)
    {
        try
        {
            await shard.RunAsync(all.Token);
        }
        catch (GatewayFatalException fatal)
        {
            // One shard with a bad token or intents means all of them: stop the others cleanly too.
            Failure ??= fatal;
            await all.CancelAsync();
        }
    }

    private async Task<(string Url, int ShardCount, int MaxConcurrency)> ResolveAsync(DiscordGatewayOptions options, CancellationToken cancellationToken)
    {
        if (options.Url.Length > 0 && options.ShardCount > 0)
        {
            return (options.Url, options.ShardCount, 1);
        }

        var bot = await GetGatewayBotAsync(options, cancellationToken);
        GatewayLog.SessionStartLimit(_logger, bot.Shards, bot.SessionStartLimit.Remaining, bot.SessionStartLimit.Total, bot.SessionStartLimit.MaxConcurrency);
        identifyGate.UseSessionStartLimit(bot.SessionStartLimit);
        return (
            options.Url.Length > 0 ? options.Url : bot.Url,
            options.ShardCount > 0 ? options.ShardCount : Math.Max(1, bot.Shards),
            Math.Max(1, bot.SessionStartLimit.MaxConcurrency));
    }

    /// <summary>Asks until Discord answers: an outage at start must not stop the service. A refused token is final.</summary>
    private async Task<Models.GatewayBotInfo> GetGatewayBotAsync(DiscordGatewayOptions options, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await rest.GetGatewayBotAsync(cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested
                && ex is HttpRequestException or TaskCanceledException or DiscordRestException { StatusCode: >= System.Net.HttpStatusCode.InternalServerError or System.Net.HttpStatusCode.TooManyRequests })
            {
                var delay = options.ReconnectDelay * Math.Pow(2, Math.Min(attempt, 16));
                delay = delay < options.MaxReconnectDelay ? delay : options.MaxReconnectDelay;
                GatewayLog.GatewayInfoUnavailable(_logger, ex.GetType().Name, (long)delay.TotalMilliseconds);
                await Task.Delay(delay, time, cancellationToken);
            }
        }
    }

    private async Task DispatchLoopAsync(ChannelReader<GatewayEvent> reader, List<IGatewayEventHandler> handlers, CancellationToken cancellationToken)
    {
        await foreach (var gatewayEvent in reader.ReadAllAsync(CancellationToken.None))
        {
            if (gatewayEvent is InteractionCreateEvent { Interaction: var interaction } && !_interactions.TryClaim(interaction.Id))
            {
                GatewayLog.DuplicateInteraction(_logger, gatewayEvent.ShardId, interaction.Id);
                continue;
            }

            foreach (var handler in handlers)
            {
                try
                {
                    await handler.HandleAsync(gatewayEvent, cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    GatewayLog.HandlerFailed(_logger, ex, handler.GetType().Name, gatewayEvent.GetType().Name);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}

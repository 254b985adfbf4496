using Microsoft.Extensions.Options;
using PteroPulse.DiscordGateway.Embeds;
using PteroPulse.DiscordGateway.Locations;
using PteroPulse.DiscordGateway.Telemetry;

namespace PteroPulse.DiscordGateway.Updates;

/// <summary>
/// The gateway's one queue of embed edits (latest wins per embed, in order per channel, a few channels at a time).
/// Singleton: every consumer instance feeds the same queue. On stop (after the bus stopped feeding it) the edits in
/// flight finish within the host's shutdown time; what is still queued is rebuilt from the next change after a restart.
/// </summary>
public sealed class EmbedRefresher : IHostedService, IAsyncDisposable
{
    private readonly EmbedUpdateQueue<StatusMessage> _queue;

    public EmbedRefresher(EmbedEditor editor, IOptions<DiscordGatewayOptions> options, ILogger<EmbedRefresher> logger, GatewayMetrics? metrics = null)
    {
        _queue = new EmbedUpdateQueue<StatusMessage>(editor.ApplyAsync, options.Value.MaxParallelEdits,
            ex => logger.LogError(ex, "An embed update failed unexpectedly"), () => metrics?.Coalesced());
        editor.Forgotten += location => _queue.Forget(location.ChannelId, location.ServerId);
    }

    public int Pending => _queue.Pending;

    /// <summary>Queues the message for every location; <paramref name="version"/> orders changes (newer wins).</summary>
    public void Enqueue(IEnumerable<EmbedLocation> locations, StatusMessage message, DateTimeOffset version)
    {
        foreach (var location in locations.Where(l => !l.Paused))
        {
            _queue.Enqueue(location.ChannelId, location.ServerId, message, version.UtcTicks);
        }
    }

    public Task WhenIdleAsync(CancellationToken cancellationToken = default) => _queue.WhenIdleAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _queue.WhenIdleAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Shutdown time is up: DisposeAsync cancels what is left.
        }

        await _queue.DisposeAsync();
    }

    public ValueTask DisposeAsync() => _queue.DisposeAsync();
}

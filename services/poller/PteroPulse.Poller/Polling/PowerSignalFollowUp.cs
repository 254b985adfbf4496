using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using PteroPulse.Contracts;
using PteroPulse.Poller.Logging;
using PteroPulse.Poller.Pterodactyl;

namespace PteroPulse.Poller.Polling;

/// <summary>
/// After an accepted power signal, samples that server every PowerFollowUpInterval (2 s) until it settles or
/// PowerFollowUpTimeout (1 min) passes, so the embed shows the result in seconds rather than at the next cycle. A new
/// signal for the same server replaces the running follow-up.
/// </summary>
public sealed class PowerSignalFollowUp(
    ServerSampler sampler, IOptions<PterodactylOptions> options, TimeProvider time, ILogger<PowerSignalFollowUp> logger,
    IHostApplicationLifetime lifetime) : IDisposable
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _running = new(StringComparer.Ordinal);

    /// <summary>Follow-ups in progress, for tests.</summary>
    public int Active => _running.Count;

    public Task Start(PanelServer server, PowerSignal signal)
    {
        var cancel = CancellationTokenSource.CreateLinkedTokenSource(lifetime.ApplicationStopping);
        // The replaced follow-up disposes its own source when it ends; disposing it here could race its last await.
        if (_running.TryRemove(server.Identifier, out var previous))
        {
            previous.Cancel();
        }

        _running[server.Identifier] = cancel;
        return Task.Run(() => FollowAsync(server, signal, cancel), CancellationToken.None);
    }

    public void Dispose()
    {
        foreach (var cancel in _running.Values)
        {
            cancel.Cancel();
        }
    }

    private async Task FollowAsync(PanelServer server, PowerSignal signal, CancellationTokenSource cancel)
    {
        var settings = options.Value;
        var started = time.GetUtcNow();
        try
        {
            while (time.GetUtcNow() - started < settings.PowerFollowUpTimeout)
            {
                var sample = await sampler.SampleAsync(server, causedByPowerSignal: true, cancel.Token);
                if (sample is not null && PowerSettlement.IsSettled(signal, sample, time.GetUtcNow() - started))
                {
                    PollerLog.PowerSettled(logger, server.Identifier, sample.State, signal);
                    return;
                }

                await Task.Delay(settings.PowerFollowUpInterval, time, cancel.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // Replaced by a newer signal, or shutting down.
        }
        catch (Exception ex)
        {
            PollerLog.SampleFailed(logger, server.Identifier, PanelOutcome.PanelError, ex.Message);
        }
        finally
        {
            _running.TryRemove(new KeyValuePair<string, CancellationTokenSource>(server.Identifier, cancel));
            cancel.Dispose();
        }
    }
}

namespace PteroPulse.DiscordGateway.Updates;

/// <summary>
/// Runs queued embed updates: one worker per channel at a time (edits to one channel stay in order), several channels
/// in parallel up to a limit. Workers start when work arrives and end when their channel is empty, so an idle
/// gateway runs nothing.
/// </summary>
public sealed class EmbedUpdateQueue<T>(
    Func<ulong, string, T, CancellationToken, Task> apply, int maxParallel, Action<Exception>? onError = null, Action? onCoalesced = null)
    : IAsyncDisposable
{
    private readonly Lock _lock = new();
    private readonly CoalescingQueue<T> _queue = new();
    private readonly HashSet<ulong> _activeChannels = [];
    private readonly HashSet<Task> _workers = [];
    private readonly SemaphoreSlim _parallel = new(maxParallel, maxParallel);
    private readonly CancellationTokenSource _stopping = new();
    private bool _disposed;

    /// <summary>Updates waiting (not counting the ones being applied).</summary>
    public int Pending
    {
        get
        {
            lock (_lock)
            {
                return _queue.Count;
            }
        }
    }

    public bool Enqueue(ulong channelId, string serverId, T update, long version)
    {
        lock (_lock)
        {
            if (_stopping.IsCancellationRequested)
            {
                return false;
            }

            var waiting = _queue.Count;
            var queued = _queue.Enqueue(channelId, serverId, update, version);
            if (!queued || _queue.Count == waiting)
            {
                // Latest wins: this update and one already waiting for the same embed became one edit.
                onCoalesced?.Invoke();
            }

            if (!queued)
            {
                return false;
            }

            if (_activeChannels.Add(channelId))
            {
                var worker = Task.Run(() => DrainAsync(channelId));
                _workers.Add(worker);
                _ = worker.ContinueWith(t => { lock (_lock) { _workers.Remove(t); } }, TaskScheduler.Default);
            }

            return true;
        }
    }

    public void Forget(ulong channelId, string serverId)
    {
        lock (_lock)
        {
            _queue.Forget(channelId, serverId);
        }
    }

    /// <summary>Completes when nothing is queued or running; for shutdown and tests.</summary>
    public async Task WhenIdleAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            Task[] running;
            lock (_lock)
            {
                running = [.. _workers];
            }

            if (running.Length == 0)
            {
                return;
            }

            await Task.WhenAll(running).WaitAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _stopping.CancelAsync();
        try
        {
            await WhenIdleAsync();
        }
        finally
        {
            _stopping.Dispose();
            _parallel.Dispose();
        }
    }

    private async Task DrainAsync(ulong channelId)
    {
        var token = _stopping.Token;
        while (true)
        {
            string serverId;
            T update;
            lock (_lock)
            {
                if (token.IsCancellationRequested || !_queue.TryDequeue(channelId, out serverId, out update))
                {
                    _activeChannels.Remove(channelId);
                    return;
                }
            }

            try
            {
                await _parallel.WaitAsync(token);
                try
                {
                    await apply(channelId, serverId, update, token);
                }
                finally
                {
                    _parallel.Release();
                }
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                // Stopping: what is left is rebuilt from the next state change after the restart.
            }
            catch (Exception ex)
            {
                // One embed's failure must not stop the channel's other embeds.
                onError?.Invoke(ex);
            }
        }
    }
}

using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using PteroPulse.Contracts;

namespace PteroPulse.Metrics.Storage;

/// <summary>
/// History in process memory, for the standalone host (one process, no Redis). Behaves like
/// <see cref="RedisSampleHistoryStore"/>, including the TTL, which it applies on every read and sweeps on writes.
/// </summary>
public sealed class InMemorySampleHistoryStore(IOptions<MetricsOptions> options, TimeProvider time) : ISampleHistoryStore
{
    private readonly ConcurrentDictionary<string, InMemoryServerHistory> _servers = new(StringComparer.Ordinal);
    private long _lastSweepTicks;

    public Task<int> AppendAsync(ServerSample sample, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        SweepExpired(now);
        while (true)
        {
            var history = _servers.GetOrAdd(sample.ServerId, _ => new InMemoryServerHistory());
            lock (history)
            {
                // A sweep may have removed this entry between GetOrAdd and the lock: start over on a fresh one.
                if (!_servers.TryGetValue(sample.ServerId, out var current) || !ReferenceEquals(current, history))
                {
                    continue;
                }

                if (IsExpired(history, now))
                {
                    _servers.TryRemove(new KeyValuePair<string, InMemoryServerHistory>(sample.ServerId, history));
                    continue;
                }

                return Task.FromResult(history.Append(sample, options.Value.HistoryLength, now));
            }
        }
    }

    public Task<IReadOnlyList<MetricPoint>> GetRecentAsync(string serverId, CancellationToken cancellationToken) =>
        Task.FromResult(Read(serverId, h => h.Recent()));

    public Task<IReadOnlyList<MetricPoint>> GetHourAsync(string serverId, CancellationToken cancellationToken)
    {
        var oldest = HourWindow.OldestKept(HourWindow.MinuteOf(time.GetUtcNow().ToUnixTimeMilliseconds()));
        return Task.FromResult(Read(serverId, h => h.Hour(oldest)));
    }

    private IReadOnlyList<MetricPoint> Read(string serverId, Func<InMemoryServerHistory, IReadOnlyList<MetricPoint>> read)
    {
        if (!_servers.TryGetValue(serverId, out var history))
        {
            return [];
        }

        lock (history)
        {
            return IsExpired(history, time.GetUtcNow()) ? [] : read(history);
        }
    }

    private bool IsExpired(InMemoryServerHistory history, DateTimeOffset now) =>
        history.LastWrite != default && now - history.LastWrite >= options.Value.HistoryTtl;

    /// <summary>Forgets vanished servers at most once a minute, so memory does not grow with every server ever seen.</summary>
    private void SweepExpired(DateTimeOffset now)
    {
        var last = Interlocked.Read(ref _lastSweepTicks);
        if (now.UtcTicks - last < TimeSpan.TicksPerMinute || Interlocked.CompareExchange(ref _lastSweepTicks, now.UtcTicks, last) != last)
        {
            return;
        }

        foreach (var (serverId, history) in _servers)
        {
            lock (history)
            {
                if (IsExpired(history, now))
                {
                    _servers.TryRemove(new KeyValuePair<string, InMemoryServerHistory>(serverId, history));
                }
            }
        }
    }
}

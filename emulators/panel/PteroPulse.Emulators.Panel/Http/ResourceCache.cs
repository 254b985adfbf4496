using System.Collections.Concurrent;
using PteroPulse.Emulators.Panel.Model;

namespace PteroPulse.Emulators.Panel.Http;

/// <summary>
/// The panel's <c>resources:&lt;uuid&gt;</c> cache: one answer per server for 20 s, shared by every caller. Only
/// successful Wings answers are cached. Fill times are kept so tests can tell when a new state became observable.
/// </summary>
public sealed class ResourceCache(TimeProvider time, TimeSpan duration)
{
    private readonly ConcurrentDictionary<string, (DateTimeOffset FilledAt, ResourceSnapshot Snapshot)> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset[]> _fills = new(StringComparer.Ordinal);

    public TimeSpan Duration => duration;

    public ResourceSnapshot GetOrAdd(EmulatedServer server)
    {
        var now = time.GetUtcNow();
        if (_entries.TryGetValue(server.Uuid, out var entry) && now - entry.FilledAt < duration)
        {
            return entry.Snapshot;
        }

        var snapshot = server.ResourcesAt(now);
        _entries[server.Uuid] = (now, snapshot);
        _fills.AddOrUpdate(server.Uuid, [now], (_, old) => [.. old.TakeLast(15), now]);
        return snapshot;
    }

    /// <summary>The moment a state reached at <paramref name="reachedAt"/> could first be read through /resources.</summary>
    public DateTimeOffset ObservableAt(string uuid, DateTimeOffset reachedAt)
    {
        var fills = _fills.GetValueOrDefault(uuid) ?? [];
        var covering = fills.Where(f => f <= reachedAt && f + duration > reachedAt).DefaultIfEmpty().Max();
        return covering == default ? reachedAt : covering + duration;
    }

    public void Clear()
    {
        _entries.Clear();
        _fills.Clear();
    }
}

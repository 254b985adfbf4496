using System.Text.Json;

namespace PteroPulse.DiscordGateway.Locations;

/// <summary>
/// Embed locations in one JSON file, for the standalone host. Every change rewrites the file through a temporary file
/// and a rename, so a crash leaves either the old or the new file, never half of one.
/// </summary>
public sealed class JsonFileEmbedLocationStore(string path) : IEmbedLocationStore, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Dictionary<(ulong ChannelId, string ServerId), EmbedLocation>? _locations;

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public Task<EmbedLocation?> SaveAsync(EmbedLocation location, CancellationToken cancellationToken = default) =>
        Mutate(all =>
        {
            all.Remove((location.ChannelId, location.ServerId), out var previous);
            all[(location.ChannelId, location.ServerId)] = location;
            return (true, previous);
        }, cancellationToken);

    public Task<IReadOnlyList<EmbedLocation>> GetByServerAsync(string serverId, CancellationToken cancellationToken = default) =>
        Query(l => l.ServerId == serverId, cancellationToken);

    public Task<IReadOnlyList<EmbedLocation>> GetByGuildAsync(ulong guildId, CancellationToken cancellationToken = default) =>
        Query(l => l.GuildId == guildId, cancellationToken);

    public Task<IReadOnlyList<EmbedLocation>> GetAllAsync(CancellationToken cancellationToken = default) =>
        Query(_ => true, cancellationToken);

    public Task<bool> RemoveAsync(EmbedLocation location, CancellationToken cancellationToken = default) =>
        Mutate(all =>
        {
            var key = (location.ChannelId, location.ServerId);
            var removed = all.TryGetValue(key, out var stored) && stored.MessageId == location.MessageId && all.Remove(key);
            return (removed, removed);
        }, cancellationToken);

    public Task<int> RemoveChannelAsync(ulong channelId, CancellationToken cancellationToken = default) =>
        Mutate(all =>
        {
            var keys = all.Keys.Where(k => k.ChannelId == channelId).ToList();
            keys.ForEach(k => all.Remove(k));
            return (keys.Count > 0, keys.Count);
        }, cancellationToken);

    public Task<bool> SetPausedAsync(EmbedLocation location, bool paused, CancellationToken cancellationToken = default) =>
        Mutate(all =>
        {
            var key = (location.ChannelId, location.ServerId);
            if (!all.TryGetValue(key, out var stored) || stored.MessageId != location.MessageId)
            {
                return (false, false);
            }

            all[key] = stored with { Paused = paused };
            return (stored.Paused != paused, true);
        }, cancellationToken);

    public void Dispose() => _gate.Dispose();

    private async Task<IReadOnlyList<EmbedLocation>> Query(Func<EmbedLocation, bool> predicate, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var all = await LoadAsync(cancellationToken);
            return all.Values.Where(predicate).OrderBy(l => l.ChannelId).ThenBy(l => l.ServerId, StringComparer.Ordinal).ToList();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Runs a change under the lock and writes the file when the change says something changed.</summary>
    private async Task<T> Mutate<T>(Func<Dictionary<(ulong ChannelId, string ServerId), EmbedLocation>, (bool Changed, T Result)> change, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var all = await LoadAsync(cancellationToken);
            var (changed, result) = change(all);
            if (changed)
            {
                await WriteAsync(all.Values, CancellationToken.None);
            }

            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<Dictionary<(ulong ChannelId, string ServerId), EmbedLocation>> LoadAsync(CancellationToken cancellationToken)
    {
        if (_locations is not null)
        {
            return _locations;
        }

        var loaded = new Dictionary<(ulong ChannelId, string ServerId), EmbedLocation>();
        if (File.Exists(Path))
        {
            await using var stream = File.OpenRead(Path);
            EmbedLocationFile? file;
            try
            {
                file = await JsonSerializer.DeserializeAsync<EmbedLocationFile>(stream, EmbedLocationJson.Options, cancellationToken);
            }
            catch (JsonException ex)
            {
                // Never overwrite a file we cannot read: it may be the only record of where the embeds are.
                throw new InvalidDataException($"The embed location file {Path} is not valid JSON ({ex.Message}); fix or move it.", ex);
            }

            foreach (var location in file?.Locations ?? [])
            {
                loaded[(location.ChannelId, location.ServerId)] = location;
            }
        }

        return _locations = loaded;
    }

    private async Task WriteAsync(IEnumerable<EmbedLocation> locations, CancellationToken cancellationToken)
    {
        var directory = System.IO.Path.GetDirectoryName(Path)!;
        Directory.CreateDirectory(directory);
        var temporary = System.IO.Path.Combine(directory, $".{System.IO.Path.GetFileName(Path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.WriteThrough))
            {
                var file = new EmbedLocationFile(1, locations.OrderBy(l => l.ChannelId).ThenBy(l => l.ServerId, StringComparer.Ordinal).ToList());
                await JsonSerializer.SerializeAsync(stream, file, EmbedLocationJson.Options, cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, Path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private sealed record EmbedLocationFile(int Version, List<EmbedLocation> Locations);
}

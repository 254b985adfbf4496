using System.Collections.Concurrent;
using PteroPulse.Contracts;

namespace PteroPulse.DiscordGateway.Servers;

/// <summary>
/// What the gateway knows about the panel's servers: the list (from ListServers and ServerListChanged) and each
/// server's newest sample (from ServerSampled and ServerStateChanged), so commands answer at once without asking the
/// poller for every keystroke of an autocomplete.
/// </summary>
public sealed class ServerCatalog
{
    private readonly ConcurrentDictionary<string, ServerSample> _samples = new(StringComparer.Ordinal);
    private volatile IReadOnlyList<ServerSummary>? _servers;

    /// <summary>The panel's list, ordered by name; null until the first list arrived.</summary>
    public IReadOnlyList<ServerSummary>? Servers => _servers;

    public void SetServers(IEnumerable<ServerSummary> servers) =>
        _servers = servers.OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.ServerId, StringComparer.Ordinal).ToList();

    public ServerSummary? FindServer(string serverId) => _servers?.FirstOrDefault(s => s.ServerId == serverId);

    /// <summary>Keeps the newer of the stored and the offered sample (events may arrive out of order).</summary>
    public void Observe(ServerSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        _samples.AddOrUpdate(sample.ServerId, sample, (_, stored) => stored.SampledAt > sample.SampledAt ? stored : sample);
    }

    public ServerSample? LatestSample(string serverId) => _samples.GetValueOrDefault(serverId);

    public void Forget(string serverId) => _samples.TryRemove(serverId, out _);
}

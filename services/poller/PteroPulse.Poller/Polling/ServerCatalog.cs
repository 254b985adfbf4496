using PteroPulse.Contracts;
using PteroPulse.Poller.Logging;
using PteroPulse.Poller.Pterodactyl;

namespace PteroPulse.Poller.Polling;

/// <summary>
/// The servers the key can see. Refreshed by <see cref="ServerListWorker"/> and on demand; a change publishes
/// <see cref="ServerListChanged"/>, and each server gone from the list a <see cref="ServerStateChanged"/> "Disappeared".
/// </summary>
public sealed class ServerCatalog(
    IPterodactylClient client, ServerStateTracker tracker, IPollerPublisher publisher, TimeProvider time, ILogger<ServerCatalog> logger)
{
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private readonly TaskCompletionSource _firstList = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile IReadOnlyList<PanelServer> _servers = [];
    private volatile bool _refreshRequested;
    private bool? _adminAll;

    public IReadOnlyList<PanelServer> Servers => _servers;

    public DateTimeOffset ListedAt { get; private set; }

    /// <summary>The last refresh's outcome; Unauthorized or WrongKeyType stop the poller from sampling.</summary>
    public PanelOutcome? LastOutcome { get; private set; }

    public bool RefreshRequested => _refreshRequested;

    public Task FirstList => _firstList.Task;

    public PanelServer? Find(string serverId) =>
        _servers.FirstOrDefault(s => s.Identifier == serverId || string.Equals(s.Uuid, serverId, StringComparison.OrdinalIgnoreCase));

    /// <summary>Asks the list worker to refresh soon (a 404 on a server means the list is stale).</summary>
    public void RequestRefresh() => _refreshRequested = true;

    public async Task<PanelOutcome> RefreshAsync(CancellationToken cancellationToken)
    {
        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            _refreshRequested = false;
            var adminAll = _adminAll ??= await IsAdminAsync(cancellationToken);
            if (adminAll is null)
            {
                return LastOutcome!.Value;
            }

            var result = await client.ListServersAsync(adminAll.Value, cancellationToken);
            LastOutcome = result.Outcome;
            if (!result.IsOk)
            {
                PollerLog.ListFailed(logger, result.Outcome, result.Detail);
                return result.Outcome;
            }

            await ApplyAsync(result.Value!, cancellationToken);
            return PanelOutcome.Ok;
        }
        finally
        {
            _refreshing.Release();
        }
    }

    /// <summary>Root admins see only their own servers without type=admin-all; everyone else gets an empty list with it.</summary>
    private async Task<bool?> IsAdminAsync(CancellationToken cancellationToken)
    {
        var account = await client.GetAccountAsync(cancellationToken);
        LastOutcome = account.Outcome;
        if (!account.IsOk)
        {
            PollerLog.ListFailed(logger, account.Outcome, account.Detail);
            return null;
        }

        PollerLog.AccountChecked(logger, account.Value!.Username, account.Value.Admin, account.Value.Admin ? "every server (admin-all)" : "the key owner's servers");
        return account.Value.Admin;
    }

    private async Task ApplyAsync(IReadOnlyList<PanelServer> fresh, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var before = _servers.ToDictionary(s => s.Identifier, StringComparer.Ordinal);
        var after = fresh.Select(s => s.Identifier).ToHashSet(StringComparer.Ordinal);
        var added = fresh.Where(s => !before.ContainsKey(s.Identifier)).Select(s => s.Identifier).ToList();
        var removed = before.Keys.Where(id => !after.Contains(id)).ToList();
        var renamed = fresh.Any(s => before.TryGetValue(s.Identifier, out var old) && (old.Name != s.Name || old.IsSuspended != s.IsSuspended));
        var first = !_firstList.Task.IsCompleted;
        _servers = fresh;
        ListedAt = now;
        _firstList.TrySetResult();
        if (!first && added.Count == 0 && removed.Count == 0 && !renamed)
        {
            return;
        }

        PollerLog.ServerListChanged(logger, fresh.Count, added.Count, removed.Count);
        await publisher.PublishAsync(new ServerListChanged { Servers = Summaries(), Added = added, Removed = removed, ChangedAt = now }, cancellationToken);
        foreach (var id in removed)
        {
            if (tracker.Disappeared(id, now) is { } gone)
            {
                await publisher.PublishAsync(gone, cancellationToken);
            }
        }
    }

    public IReadOnlyList<ServerSummary> Summaries() => _servers.Select(ToSummary).ToList();

    private static ServerSummary ToSummary(PanelServer s) => new()
    {
        ServerId = s.Identifier,
        Uuid = s.Uuid,
        Name = s.Name,
        Description = s.Description,
        Node = s.Node,
        IsSuspended = s.IsSuspended,
        DefaultAllocation = s.AllocationIp is null || s.AllocationPort is null
            ? null
            : new ServerAllocation { Ip = s.AllocationIp, IpAlias = s.AllocationAlias, Port = s.AllocationPort.Value },
    };
}

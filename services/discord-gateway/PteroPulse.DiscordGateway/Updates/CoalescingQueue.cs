namespace PteroPulse.DiscordGateway.Updates;

/// <summary>
/// Pending embed updates, latest wins: per embed (channel, server) at most one update waits; a newer one replaces it in
/// place, so a burst of changes becomes one edit, not a backlog. Embeds of one channel leave in the order they first
/// queued, which keeps one channel's edits in order. Updates carry a version (the change's time): an older one arriving
/// late (slow history or graph) never overwrites a newer one. Not thread-safe by itself; <see cref="EmbedUpdateQueue{T}"/> locks.
/// </summary>
public sealed class CoalescingQueue<T>
{
    private readonly Dictionary<ulong, LinkedList<string>> _channels = [];
    private readonly Dictionary<(ulong ChannelId, string ServerId), (T Update, long Version)> _pending = [];
    private readonly Dictionary<(ulong ChannelId, string ServerId), long> _newestVersion = [];

    public int Count => _pending.Count;

    public IEnumerable<ulong> ChannelsWithWork => _channels.Keys;

    /// <summary>Queues the update; false when an update as new or newer was queued already (the older one is dropped).</summary>
    public bool Enqueue(ulong channelId, string serverId, T update, long version)
    {
        var key = (channelId, serverId);
        if (_newestVersion.TryGetValue(key, out var newest) && version < newest)
        {
            return false;
        }

        _newestVersion[key] = version;
        if (!_pending.ContainsKey(key))
        {
            if (!_channels.TryGetValue(channelId, out var order))
            {
                _channels[channelId] = order = new LinkedList<string>();
            }

            order.AddLast(serverId);
        }

        _pending[key] = (update, version);
        return true;
    }

    /// <summary>The channel's oldest waiting update, if any.</summary>
    public bool TryDequeue(ulong channelId, out string serverId, out T update)
    {
        serverId = "";
        update = default!;
        if (!_channels.TryGetValue(channelId, out var order) || order.First is null)
        {
            return false;
        }

        serverId = order.First.Value;
        order.RemoveFirst();
        if (order.Count == 0)
        {
            _channels.Remove(channelId);
        }

        (update, _) = _pending[(channelId, serverId)];
        _pending.Remove((channelId, serverId));
        return true;
    }

    /// <summary>Drops what is known about an embed whose location was forgotten.</summary>
    public void Forget(ulong channelId, string serverId)
    {
        _newestVersion.Remove((channelId, serverId));
        if (_pending.Remove((channelId, serverId)) && _channels.TryGetValue(channelId, out var order))
        {
            order.Remove(serverId);
            if (order.Count == 0)
            {
                _channels.Remove(channelId);
            }
        }
    }
}

namespace PteroPulse.DiscordGateway.Locations;

/// <summary>
/// The status embeds the gateway keeps current; survives restarts (Redis with AOF in deployments, a JSON file in the
/// standalone host). Removals name the message they expect, so a remove racing with a repost never deletes the new one.
/// </summary>
public interface IEmbedLocationStore
{
    /// <summary>Stores the location, replacing the one for the same server in the same channel, which it returns.</summary>
    Task<EmbedLocation?> SaveAsync(EmbedLocation location, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<EmbedLocation>> GetByServerAsync(string serverId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<EmbedLocation>> GetByGuildAsync(ulong guildId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<EmbedLocation>> GetAllAsync(CancellationToken cancellationToken = default);

    /// <summary>Forgets the location if it still points at the same message; true when something was removed.</summary>
    Task<bool> RemoveAsync(EmbedLocation location, CancellationToken cancellationToken = default);

    /// <summary>Forgets every location in a channel (10003, channel deleted); returns how many.</summary>
    Task<int> RemoveChannelAsync(ulong channelId, CancellationToken cancellationToken = default);

    /// <summary>Marks the location paused or active again, if it still points at the same message.</summary>
    Task<bool> SetPausedAsync(EmbedLocation location, bool paused, CancellationToken cancellationToken = default);
}

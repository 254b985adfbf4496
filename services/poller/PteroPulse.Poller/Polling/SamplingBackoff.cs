using System.Collections.Concurrent;
using PteroPulse.Contracts;

namespace PteroPulse.Poller.Polling;

/// <summary>
/// Asks less often about servers the panel cannot answer for: a suspended, installing, restoring or transferring
/// server answers 409 until an admin acts (at most once a minute, as pterodactyl-api.md §8 advises), and a server on a
/// dead node holds one of the panel's PHP workers for up to 15 s per request (at most every 30 s). The rate limit
/// saved goes to the servers that answer. A power signal's follow-up ignores the backoff.
/// </summary>
public sealed class SamplingBackoff
{
    public static readonly TimeSpan Conflict = TimeSpan.FromMinutes(1);

    public static readonly TimeSpan Unreachable = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _notBefore = new(StringComparer.Ordinal);

    public bool IsDue(string serverId, DateTimeOffset now) => !_notBefore.TryGetValue(serverId, out var notBefore) || now >= notBefore;

    public void Record(string serverId, ServerPowerState? state, DateTimeOffset now)
    {
        var pause = state switch
        {
            ServerPowerState.Suspended or ServerPowerState.Installing or ServerPowerState.Restoring or ServerPowerState.Transferring => Conflict,
            ServerPowerState.Unreachable => Unreachable,
            _ => TimeSpan.Zero,
        };
        if (pause > TimeSpan.Zero)
        {
            _notBefore[serverId] = now + pause;
        }
        else
        {
            _notBefore.TryRemove(serverId, out _);
        }
    }
}

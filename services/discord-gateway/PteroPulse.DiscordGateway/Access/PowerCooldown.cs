using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace PteroPulse.DiscordGateway.Access;

/// <summary>
/// One power press per member and server per cooldown, so a double click or an impatient member sends one signal,
/// not five. Per member: one member's press does not block another's.
/// </summary>
public sealed class PowerCooldown(IOptionsMonitor<DiscordGatewayOptions> options, TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<(ulong UserId, string ServerId), DateTimeOffset> _lastPress = new();

    /// <summary>Records the press and returns true, or returns false with how long the member still waits.</summary>
    public bool TryPress(ulong userId, string serverId, out TimeSpan remaining)
    {
        var cooldown = options.CurrentValue.PowerCooldown;
        var now = timeProvider.GetUtcNow();
        var key = (userId, serverId);
        remaining = TimeSpan.Zero;
        while (true)
        {
            if (_lastPress.TryGetValue(key, out var last))
            {
                var waited = now - last;
                if (waited < cooldown)
                {
                    remaining = cooldown - waited;
                    return false;
                }

                if (_lastPress.TryUpdate(key, now, last))
                {
                    break;
                }
            }
            else if (_lastPress.TryAdd(key, now))
            {
                break;
            }
        }

        Prune(now, cooldown);
        return true;
    }

    /// <summary>Old entries say nothing any more; dropping them keeps memory flat over weeks of presses.</summary>
    private void Prune(DateTimeOffset now, TimeSpan cooldown)
    {
        if (_lastPress.Count < 1024)
        {
            return;
        }

        foreach (var (key, at) in _lastPress)
        {
            if (now - at >= cooldown)
            {
                _lastPress.TryRemove(new KeyValuePair<(ulong, string), DateTimeOffset>(key, at));
            }
        }
    }
}

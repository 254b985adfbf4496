using Microsoft.Extensions.Options;
using PteroPulse.Contracts;

namespace PteroPulse.Poller.Polling;

/// <summary>
/// The update policy: decides, per sample, whether a status embed must change, and why. Pure apart from its memory
/// of what was last published, so every rule is tested with a table. Rules, first match wins:
/// unreachable (once, keeping the last known values); recovered; power state changed; CPU jump; memory jump;
/// periodic refresh. A server's first sample is <see cref="StateChangeReason.Appeared"/>.
/// </summary>
public sealed class ServerStateTracker(IOptions<UpdatePolicyOptions> options)
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly UpdatePolicyOptions _policy = options.Value;

    public ServerStateChanged? Observe(ServerSample sample, bool causedByPowerSignal = false)
    {
        lock (_gate)
        {
            var decision = Decide(sample, causedByPowerSignal);
            if (decision is not null)
            {
                _entries[sample.ServerId] = new Entry(decision.Current, decision.ObservedAt, decision.UnreachableSince);
            }

            return decision;
        }
    }

    /// <summary>The server left the panel's list (deleted, or the key lost access).</summary>
    public ServerStateChanged? Disappeared(string serverId, DateTimeOffset at)
    {
        lock (_gate)
        {
            if (!_entries.Remove(serverId, out var last))
            {
                return null;
            }

            return new ServerStateChanged
            {
                Current = last.Published with { SampledAt = at }, PreviousState = last.Published.State,
                Reason = StateChangeReason.Disappeared, ObservedAt = at,
            };
        }
    }

    public ServerSample? LastPublished(string serverId)
    {
        lock (_gate)
        {
            return _entries.GetValueOrDefault(serverId)?.Published;
        }
    }

    private ServerStateChanged? Decide(ServerSample sample, bool causedByPowerSignal)
    {
        var at = sample.SampledAt;
        if (!_entries.TryGetValue(sample.ServerId, out var last))
        {
            var unreachableSince = sample.State == ServerPowerState.Unreachable ? at : (DateTimeOffset?)null;
            return Change(sample, ServerPowerState.Unknown, StateChangeReason.Appeared, unreachableSince, causedByPowerSignal);
        }

        var previous = last.Published;
        if (sample.State == ServerPowerState.Unreachable)
        {
            if (previous.State == ServerPowerState.Unreachable)
            {
                return null;
            }

            // Keep the last known numbers: the server may well be running; only the panel or its node is silent.
            var kept = previous with { State = ServerPowerState.Unreachable, SampledAt = at };
            return Change(kept, previous.State, StateChangeReason.Unreachable, at, causedByPowerSignal);
        }

        var reason = previous.State == ServerPowerState.Unreachable ? StateChangeReason.Recovered
            : sample.State != previous.State ? StateChangeReason.PowerStateChanged
            : Math.Abs(sample.CpuPercent - previous.CpuPercent) >= _policy.CpuJumpPercent ? StateChangeReason.CpuJump
            : Math.Abs(sample.MemoryBytes - previous.MemoryBytes) >= MemoryThreshold(sample) ? StateChangeReason.MemoryJump
            : at - last.PublishedAt >= _policy.RefreshInterval ? StateChangeReason.PeriodicRefresh
            : (StateChangeReason?)null;
        return reason is { } r ? Change(sample, previous.State, r, null, causedByPowerSignal) : null;
    }

    private double MemoryThreshold(ServerSample sample) =>
        sample.MemoryLimitBytes > 0
            ? sample.MemoryLimitBytes * _policy.MemoryJumpPercent / 100
            : _policy.MemoryJumpMib * 1024.0 * 1024.0;

    private static ServerStateChanged Change(ServerSample current, ServerPowerState previous, StateChangeReason reason,
        DateTimeOffset? unreachableSince, bool causedByPowerSignal) => new()
        {
            Current = current,
            PreviousState = previous,
            Reason = reason,
            ObservedAt = current.SampledAt,
            UnreachableSince = unreachableSince,
            CausedByPowerSignal = causedByPowerSignal,
        };

    private sealed record Entry(ServerSample Published, DateTimeOffset PublishedAt, DateTimeOffset? UnreachableSince);
}

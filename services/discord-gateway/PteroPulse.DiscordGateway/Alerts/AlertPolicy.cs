using Microsoft.Extensions.Options;
using PteroPulse.Contracts;

namespace PteroPulse.DiscordGateway.Alerts;

/// <summary>
/// Decides which alerts to post: a crash, a server stuck starting or unreachable for too long, CPU or memory held above
/// the threshold over the whole history, and each one's recovery. One alert per transition: a condition that lasts
/// never repeats its alert. Pure apart from the clock, so every rule is unit-tested.
/// </summary>
public sealed class AlertPolicy(IOptionsMonitor<DiscordGatewayOptions> options)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, ServerAlertState> _servers = new(StringComparer.Ordinal);

    private AlertOptions Options => options.CurrentValue.Alerts;

    /// <summary>A state change from the poller: crashes, recoveries, and the durations it moves along.</summary>
    public IReadOnlyList<ServerAlert> ObserveState(ServerStateChanged change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var sample = change.Current;
        var alerts = new List<ServerAlert>();
        lock (_lock)
        {
            if (!_servers.TryGetValue(sample.ServerId, out var server))
            {
                _servers[sample.ServerId] = server = new ServerAlertState(sample.ServerId, sample.Name, change.PreviousState, change.ObservedAt);
            }

            server.Name = sample.Name;
            if (server.State != sample.State)
            {
                LeaveState(server, sample.State, change.ObservedAt, alerts);
                server.State = sample.State;
                server.StateSince = sample.State == ServerPowerState.Unreachable && change.UnreachableSince is { } since ? since : change.ObservedAt;
            }

            var crashed = change.PreviousState is ServerPowerState.Running or ServerPowerState.Starting
                && sample.State == ServerPowerState.Offline && !change.CausedByPowerSignal;
            if (crashed)
            {
                Raise(server, AlertKind.Crashed, change.ObservedAt, alerts,
                    $"💥 **{server.Name}** crashed: it went from {change.PreviousState.ToString().ToLowerInvariant()} to offline without a stop from the bot.");
            }

            CheckDurations(server, change.ObservedAt, alerts);
        }

        return alerts;
    }

    /// <summary>Time passing: a server can become stuck or long unreachable without any new event.</summary>
    public IReadOnlyList<ServerAlert> Tick(DateTimeOffset now)
    {
        var alerts = new List<ServerAlert>();
        lock (_lock)
        {
            foreach (var server in _servers.Values)
            {
                CheckDurations(server, now, alerts);
            }
        }

        return alerts;
    }

    /// <summary>A server's history from metrics, oldest first; limits of 0 mean unlimited and raise nothing.</summary>
    public IReadOnlyList<ServerAlert> ObserveHistory(ServerSample sample, IReadOnlyList<MetricPoint> points, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(points);
        var alerts = new List<ServerAlert>();
        lock (_lock)
        {
            if (!_servers.TryGetValue(sample.ServerId, out var server))
            {
                _servers[sample.ServerId] = server = new ServerAlertState(sample.ServerId, sample.Name, sample.State, now);
            }

            var window = points.Count >= Options.SustainedPoints ? points.Skip(points.Count - Options.SustainedPoints).ToList() : null;
            if (sample.CpuLimitPercent > 0 && window is not null)
            {
                var shares = window.Select(p => p.CpuPercent / sample.CpuLimitPercent * 100).ToList();
                CheckLoad(server, AlertKind.HighCpu, "CPU", shares, Options.CpuThresholdPercent, now, alerts);
            }

            if (sample.MemoryLimitBytes > 0 && window is not null)
            {
                var shares = window.Select(p => (double)p.MemoryBytes / sample.MemoryLimitBytes * 100).ToList();
                CheckLoad(server, AlertKind.HighMemory, "memory", shares, Options.MemoryThresholdPercent, now, alerts);
            }
        }

        return alerts;
    }

    /// <summary>A server the panel no longer lists has nothing left to alert about.</summary>
    public void Forget(string serverId)
    {
        lock (_lock)
        {
            _servers.Remove(serverId);
        }
    }

    private void LeaveState(ServerAlertState server, ServerPowerState next, DateTimeOffset at, List<ServerAlert> alerts)
    {
        var now = next.ToString().ToLowerInvariant();
        if (server.State == ServerPowerState.Starting)
        {
            Recover(server, AlertKind.StuckStarting, at, alerts, $"✅ **{server.Name}** is no longer stuck starting: it is {now}.");
        }

        if (server.State == ServerPowerState.Unreachable)
        {
            Recover(server, AlertKind.Unreachable, at, alerts, $"✅ **{server.Name}** is reachable again: it is {now}.");
        }

        if (next == ServerPowerState.Running)
        {
            Recover(server, AlertKind.Crashed, at, alerts, $"✅ **{server.Name}** is running again after its crash.");
        }
    }

    private void CheckDurations(ServerAlertState server, DateTimeOffset now, List<ServerAlert> alerts)
    {
        var lasted = now - server.StateSince;
        if (server.State == ServerPowerState.Starting && lasted > Options.StuckStartingAfter)
        {
            Raise(server, AlertKind.StuckStarting, now, alerts,
                $"⏳ **{server.Name}** has been starting for {Embeds.Formats.Uptime(lasted)}; it may be stuck.");
        }

        if (server.State == ServerPowerState.Unreachable && lasted > Options.UnreachableAfter)
        {
            Raise(server, AlertKind.Unreachable, now, alerts,
                $"📡 **{server.Name}** has been unreachable for {Embeds.Formats.Uptime(lasted)} (panel or node not answering).");
        }
    }

    /// <summary>Raised when every point of the window is at or above the threshold; recovered when the window's mean is below.</summary>
    private static void CheckLoad(ServerAlertState server, AlertKind kind, string what, List<double> shares, double threshold, DateTimeOffset now, List<ServerAlert> alerts)
    {
        if (shares.All(s => s >= threshold))
        {
            Raise(server, kind, now, alerts,
                $"🔥 **{server.Name}** has used {shares.Min():0}–{shares.Max():0}% of its {what} limit for the last {shares.Count} samples.");
        }
        else if (shares.Average() < threshold)
        {
            Recover(server, kind, now, alerts, $"✅ **{server.Name}**'s {what} use is back below {threshold:0}% of its limit.");
        }
    }

    private static void Raise(ServerAlertState server, AlertKind kind, DateTimeOffset at, List<ServerAlert> alerts, string text)
    {
        if (server.Active.Add(kind))
        {
            alerts.Add(new ServerAlert(kind, server.ServerId, server.Name, false, text, at));
        }
    }

    private static void Recover(ServerAlertState server, AlertKind kind, DateTimeOffset at, List<ServerAlert> alerts, string text)
    {
        if (server.Active.Remove(kind))
        {
            alerts.Add(new ServerAlert(kind, server.ServerId, server.Name, true, text, at));
        }
    }
}

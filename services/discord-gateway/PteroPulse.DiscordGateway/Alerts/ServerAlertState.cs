using PteroPulse.Contracts;

namespace PteroPulse.DiscordGateway.Alerts;

/// <summary>What the alert policy remembers about one server between events.</summary>
internal sealed class ServerAlertState(string serverId, string name, ServerPowerState state, DateTimeOffset since)
{
    public string ServerId { get; } = serverId;

    public string Name { get; set; } = name;

    public ServerPowerState State { get; set; } = state;

    public DateTimeOffset StateSince { get; set; } = since;

    /// <summary>The conditions currently alerted; each is raised once and recovered once.</summary>
    public HashSet<AlertKind> Active { get; } = [];
}

using System.Text.Json.Serialization;

namespace PteroPulse.Contracts;

/// <summary>
/// What a game server is doing, as far as the bot can tell. <see cref="Unreachable"/> is distinct from
/// <see cref="Offline"/>: it means the panel or the server's node could not be asked, so the last known values stand.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ServerPowerState>))]
public enum ServerPowerState
{
    /// <summary>Never sampled yet.</summary>
    Unknown = 0,
    Offline,
    Starting,
    Running,
    Stopping,
    /// <summary>The panel or the node did not answer; the snapshot keeps the last known values.</summary>
    Unreachable,
    Suspended,
    Installing,
    Transferring,
    Restoring,
}

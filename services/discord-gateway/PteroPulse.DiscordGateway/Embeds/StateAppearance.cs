using PteroPulse.Contracts;

namespace PteroPulse.DiscordGateway.Embeds;

/// <summary>How a server state looks in an embed: a word, an emoji and a colour that read the same at a glance.</summary>
public sealed record StateAppearance(string Label, string Emoji, int Color)
{
    public const int Green = 0x57F287;
    public const int Yellow = 0xFEE75C;
    public const int Orange = 0xE67E22;
    public const int Red = 0xED4245;
    public const int Grey = 0x95A5A6;
    public const int DarkRed = 0x992D22;
    public const int Blurple = 0x5865F2;

    /// <summary>The panel no longer lists the server: the embed stays as a record, with nothing to press.</summary>
    public static StateAppearance Removed { get; } = new("No longer on the panel", "❌", Grey);

    /// <summary>A suspended server shows as suspended whatever its power state, since nothing can change it.</summary>
    public static StateAppearance For(ServerPowerState state, bool isSuspended) =>
        isSuspended ? new("Suspended", "⛔", DarkRed) : state switch
        {
            ServerPowerState.Running => new("Running", "🟢", Green),
            ServerPowerState.Starting => new("Starting", "🟡", Yellow),
            ServerPowerState.Stopping => new("Stopping", "🟠", Orange),
            ServerPowerState.Offline => new("Offline", "🔴", Red),
            ServerPowerState.Unreachable => new("Unreachable", "⚫", Grey),
            ServerPowerState.Suspended => new("Suspended", "⛔", DarkRed),
            ServerPowerState.Installing => new("Installing", "🛠️", Blurple),
            ServerPowerState.Transferring => new("Transferring", "🚚", Blurple),
            ServerPowerState.Restoring => new("Restoring backup", "♻️", Blurple),
            _ => new("Unknown", "❔", Grey),
        };
}

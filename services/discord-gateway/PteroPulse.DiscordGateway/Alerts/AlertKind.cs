namespace PteroPulse.DiscordGateway.Alerts;

public enum AlertKind
{
    /// <summary>Running (or starting) to offline without a power signal from the bot.</summary>
    Crashed,
    StuckStarting,
    Unreachable,
    HighCpu,
    HighMemory,
}

namespace PteroPulse.Poller.Pterodactyl;

/// <summary>GET /resources: the Wings state and usage (cpu in percent of one core, uptime in milliseconds).</summary>
public sealed record ResourceUsage(
    string State,
    bool IsSuspended,
    long MemoryBytes,
    double CpuAbsolute,
    long DiskBytes,
    long NetworkRxBytes,
    long NetworkTxBytes,
    long UptimeMilliseconds);

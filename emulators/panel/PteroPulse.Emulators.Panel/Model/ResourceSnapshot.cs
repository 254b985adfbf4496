namespace PteroPulse.Emulators.Panel.Model;

/// <summary>What Wings reports for a server at one instant (REST /resources shape).</summary>
public sealed record ResourceSnapshot(
    string State,
    long MemoryBytes,
    double CpuAbsolute,
    long DiskBytes,
    long NetworkRxBytes,
    long NetworkTxBytes,
    long UptimeMilliseconds);

namespace PteroPulse.Emulators.Panel.Model;

/// <summary>Limits as the panel stores them: MiB, percent of one core (0 = unlimited), swap -1 = unlimited.</summary>
public sealed record ServerLimits(int MemoryMib, int SwapMib, int DiskMib, int Io, int CpuPercent, string? Threads, bool OomDisabled);

namespace PteroPulse.Emulators.Panel.Model;

/// <summary>
/// A server's plausible load as a pure function of time: a slow wave plus per-second noise, kept within its limits,
/// so any clock (real or fake) gives repeatable numbers without a background loop.
/// </summary>
public sealed class LoadProfile(int seed, long diskBytes)
{
    private readonly double _phase = seed % 628 / 100.0;
    private readonly double _periodSeconds = 90 + seed % 240;
    private readonly double _cpuShare = 0.15 + seed % 50 / 100.0;
    private readonly double _memoryShare = 0.3 + seed % 40 / 100.0;

    /// <summary>Wings writes integral values (0, 97) as often as fractions; some servers always do.</summary>
    private readonly bool _integralCpu = seed % 5 == 0;

    public long DiskBytes { get; } = diskBytes;

    public double RxBytesPerSecond { get; } = 20_000 + seed % 200_000;

    public double TxBytesPerSecond { get; } = 10_000 + seed % 150_000;

    public double Cpu(DateTimeOffset now, string state, int cpuLimitPercent)
    {
        var ceiling = cpuLimitPercent == 0 ? 400.0 : cpuLimitPercent;
        var share = state == PowerStates.Running ? _cpuShare * (0.6 + 0.4 * Wave(now)) + 0.05 * Noise(now) : 0.5 * Noise(now) + 0.2;
        var value = Math.Clamp(share * ceiling, 0, ceiling);
        return _integralCpu ? Math.Round(value) : Math.Round(value, 3);
    }

    public long Memory(DateTimeOffset now, string state, int memoryLimitMib)
    {
        var ceiling = (memoryLimitMib == 0 ? 4096L : memoryLimitMib) * 1024 * 1024;
        var share = state == PowerStates.Running ? _memoryShare * (0.8 + 0.2 * Wave(now)) : 0.1;
        return (long)Math.Clamp(share * ceiling, 0, ceiling);
    }

    private double Wave(DateTimeOffset now) =>
        0.5 + 0.5 * Math.Sin(2 * Math.PI * now.ToUnixTimeMilliseconds() / 1000.0 / _periodSeconds + _phase);

    private double Noise(DateTimeOffset now)
    {
        var x = (uint)(now.ToUnixTimeSeconds() * 2654435761L) ^ (uint)(_periodSeconds * 7919);
        return x % 1000 / 1000.0;
    }
}

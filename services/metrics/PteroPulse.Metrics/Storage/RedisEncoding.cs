using System.Globalization;
using PteroPulse.Contracts;

namespace PteroPulse.Metrics.Storage;

/// <summary>
/// The compact text forms the append script writes: a raw sample is <c>atMs:cpu:memory</c> (a sorted-set member
/// scored by atMs); an hour minute is <c>count:cpuSum:cpuMax:memorySum:memoryMax</c> under field <c>{minute}</c>,
/// beside <c>{minute}:s</c> listing the counted offsets in base 36. Short strings keep Redis on its compact
/// listpack encodings.
/// </summary>
internal static class RedisEncoding
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Number(double value) => value.ToString("R", Invariant);

    public static MetricPoint ParseSample(string member)
    {
        var parts = member.Split(':');
        var cpu = double.Parse(parts[1], Invariant);
        var memory = long.Parse(parts[2], Invariant);
        return new MetricPoint
        {
            At = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(parts[0], Invariant)),
            CpuPercent = cpu,
            CpuMaxPercent = cpu,
            MemoryBytes = memory,
            MemoryMaxBytes = memory,
        };
    }

    /// <summary>Whether a hour-hash field is a minute's aggregate (the other kind lists counted offsets).</summary>
    public static bool IsMinuteField(string field) => !field.Contains(':', StringComparison.Ordinal);

    /// <summary>A sampled-at offset within its minute (0–59999 ms) in base 36: at most 4 characters.</summary>
    public static string Offset(long offset)
    {
        const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        Span<char> buffer = stackalloc char[8];
        var position = buffer.Length;
        do
        {
            buffer[--position] = Digits[(int)(offset % 36)];
            offset /= 36;
        }
        while (offset > 0);
        return new string(buffer[position..]);
    }

    public static MinuteAggregate ParseMinute(string field, string value)
    {
        var parts = value.Split(':');
        return new MinuteAggregate(
            long.Parse(field, Invariant),
            int.Parse(parts[0], Invariant),
            double.Parse(parts[1], Invariant),
            double.Parse(parts[2], Invariant),
            double.Parse(parts[3], Invariant),
            (long)double.Parse(parts[4], Invariant),
            []);
    }
}

using System.Globalization;
using PteroPulse.Contracts;

namespace PteroPulse.Metrics.Storage;

/// <summary>
/// The compact text forms the append script writes: a raw sample is <c>atMs:cpu:memory</c> (a sorted-set member
/// scored by atMs), an hour bucket is <c>count:cpuSum:cpuMax:memorySum:memoryMax:offset,offset,…</c>.
/// Short strings keep Redis on its compact listpack encodings.
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
            [.. parts[5].Split(',').Select(o => long.Parse(o, Invariant))]);
    }
}

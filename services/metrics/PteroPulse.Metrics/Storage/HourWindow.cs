namespace PteroPulse.Metrics.Storage;

/// <summary>The hour series' bucketing, shared by both stores so they agree to the millisecond.</summary>
internal static class HourWindow
{
    public const int Minutes = 60;

    private const long MillisecondsPerMinute = 60_000;

    public static long MinuteOf(long unixMilliseconds) => Math.DivRem(unixMilliseconds, MillisecondsPerMinute, out var rest) - (rest < 0 ? 1 : 0);

    public static long OffsetInMinute(long unixMilliseconds) => unixMilliseconds - (MinuteOf(unixMilliseconds) * MillisecondsPerMinute);

    public static DateTimeOffset StartOf(long minute) => DateTimeOffset.FromUnixTimeMilliseconds(minute * MillisecondsPerMinute);

    /// <summary>The oldest minute still inside the hour that ends with <paramref name="newestMinute"/>.</summary>
    public static long OldestKept(long newestMinute) => newestMinute - Minutes + 1;
}

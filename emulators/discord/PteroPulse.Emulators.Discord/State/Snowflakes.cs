namespace PteroPulse.Emulators.Discord.State;

/// <summary>Makes snowflakes the way Discord does: milliseconds since the Discord epoch, shifted left 22, plus a counter.</summary>
public sealed class Snowflakes(TimeProvider clock)
{
    private const long DiscordEpochMs = 1420070400000;
    private long _increment;

    public ulong Next()
    {
        var ms = clock.GetUtcNow().ToUnixTimeMilliseconds() - DiscordEpochMs;
        var inc = (ulong)(Interlocked.Increment(ref _increment) & 0xFFF);
        return ((ulong)ms << 22) | (1UL << 17) | inc;
    }

    public static DateTimeOffset TimeOf(ulong snowflake) =>
        DateTimeOffset.FromUnixTimeMilliseconds((long)(snowflake >> 22) + DiscordEpochMs);
}

namespace PteroPulse.Emulators.Discord.Hosting;

/// <summary>
/// The emulator's notion of "now": real time plus an offset tests can advance, so hour-old messages, interaction
/// deadlines and rate-limit windows can be reached without waiting.
/// </summary>
public sealed class EmulatorClock(TimeProvider inner) : TimeProvider
{
    private long _offsetTicks;

    public EmulatorClock() : this(System)
    {
    }

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + Offset;
}

namespace PteroPulse.ServiceDefaults.Health;

/// <summary>
/// A background loop beats once per iteration; <see cref="HeartbeatHealthCheck"/> reports the loop dead after it
/// missed <see cref="MissedBeatsAllowed"/> intervals, so a hung loop restarts the pod even though HTTP still answers.
/// </summary>
public sealed class WorkerHeartbeat(string name, TimeSpan interval, TimeProvider timeProvider)
{
    public const int MissedBeatsAllowed = 3;

    private long _lastBeatTicks = timeProvider.GetUtcNow().UtcTicks;

    public string Name { get; } = name;

    /// <summary>The loop's interval; a loop whose cycle grows (adaptive polling) updates it.</summary>
    public TimeSpan Interval { get; set; } = interval;

    public DateTimeOffset LastBeat => new(Interlocked.Read(ref _lastBeatTicks), TimeSpan.Zero);

    public void Beat() => Interlocked.Exchange(ref _lastBeatTicks, timeProvider.GetUtcNow().UtcTicks);

    public bool IsAlive() => timeProvider.GetUtcNow() - LastBeat <= Interval * MissedBeatsAllowed;
}

namespace PteroPulse.Standalone.Demo;

/// <summary>
/// When the demo's trouble happens: the first crash and outage come early (a visitor sees them within the first
/// minutes), then they repeat at the configured intervals. Pure: the worker asks what is due and carries it out.
/// </summary>
public sealed class ChaosSchedule(DemoOptions options, DateTimeOffset start)
{
    public static readonly TimeSpan ReviveAfter = TimeSpan.FromSeconds(15);
    public static readonly TimeSpan FirstCrashAfter = TimeSpan.FromSeconds(40);
    public static readonly TimeSpan FirstOutageAfter = TimeSpan.FromSeconds(75);

    private DateTimeOffset _nextCrash = start + FirstCrashAfter;
    private DateTimeOffset? _revive;
    private DateTimeOffset _nextOutage = start + FirstOutageAfter;
    private DateTimeOffset? _outageEnds;

    public IReadOnlyList<ChaosEvent> Due(DateTimeOffset now)
    {
        var due = new List<ChaosEvent>();
        if (_revive is { } revive && now >= revive)
        {
            due.Add(ChaosEvent.Revive);
            _revive = null;
        }

        if (now >= _nextCrash)
        {
            due.Add(ChaosEvent.Crash);
            _revive = now + ReviveAfter;
            _nextCrash = now + options.CrashInterval;
        }

        if (_outageEnds is { } ends && now >= ends)
        {
            due.Add(ChaosEvent.NodeUp);
            _outageEnds = null;
        }

        if (now >= _nextOutage)
        {
            due.Add(ChaosEvent.NodeDown);
            _outageEnds = now + options.NodeOutageDuration;
            _nextOutage = now + options.NodeOutageInterval;
        }

        return due;
    }
}

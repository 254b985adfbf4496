namespace PteroPulse.Emulators.Panel.Http;

/// <summary>The current infrastructure fault; <see cref="RemainingRequests"/> limits it to the next N requests (-1 = until cleared).</summary>
public sealed class PanelFaults
{
    private int _remaining = -1;

    public volatile InfrastructureFault Mode;

    public TimeSpan Delay { get; set; } = TimeSpan.FromSeconds(2);

    public int RemainingRequests => Volatile.Read(ref _remaining);

    public void Set(InfrastructureFault mode, int requests = -1, TimeSpan? delay = null)
    {
        Delay = delay ?? Delay;
        Volatile.Write(ref _remaining, requests);
        Mode = mode;
    }

    /// <summary>The fault to apply to this request, counting it down.</summary>
    public InfrastructureFault Take()
    {
        var mode = Mode;
        if (mode == InfrastructureFault.None)
        {
            return mode;
        }

        var left = Volatile.Read(ref _remaining);
        if (left < 0)
        {
            return mode;
        }

        if (left == 0 || Interlocked.Decrement(ref _remaining) < 0)
        {
            Mode = InfrastructureFault.None;
            return InfrastructureFault.None;
        }

        return mode;
    }
}

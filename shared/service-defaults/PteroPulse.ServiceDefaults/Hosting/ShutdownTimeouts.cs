namespace PteroPulse.ServiceDefaults.Hosting;

/// <summary>
/// How long each layer may take to stop. They nest so that the inner one always finishes first:
/// consumers (15 s) ≤ bus (20 s) &lt; host (25 s) &lt; Kubernetes terminationGracePeriodSeconds (30–35 s).
/// A consumer cut off by the bus leaves its message unacknowledged, so the broker redelivers it; a bus cut off by the
/// host would lose that guarantee, and a pod killed by the kubelet would lose the clean close.
/// </summary>
public static class ShutdownTimeouts
{
    public static readonly TimeSpan Consumers = TimeSpan.FromSeconds(15);

    public static readonly TimeSpan Bus = TimeSpan.FromSeconds(20);

    public static readonly TimeSpan Host = TimeSpan.FromSeconds(25);
}

using PteroPulse.Contracts;

namespace PteroPulse.Poller.Polling;

/// <summary>
/// Whether a server has reached where a power signal sends it. A restart is only done once the server runs with an
/// uptime younger than the signal: the panel's 20 s cache may still show the old "running".
/// </summary>
public static class PowerSettlement
{
    public static bool IsSettled(PowerSignal signal, ServerSample sample, TimeSpan sinceSignal) => signal switch
    {
        PowerSignal.Start => sample.State == ServerPowerState.Running,
        PowerSignal.Stop or PowerSignal.Kill => sample.State == ServerPowerState.Offline,
        PowerSignal.Restart => sample.State == ServerPowerState.Running && sample.Uptime <= sinceSignal,
        _ => true,
    } || sample.State is ServerPowerState.Suspended or ServerPowerState.Installing or ServerPowerState.Transferring or ServerPowerState.Restoring;
}

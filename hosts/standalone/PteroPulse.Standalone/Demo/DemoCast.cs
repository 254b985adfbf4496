using PteroPulse.Emulators.Panel;
using PteroPulse.Emulators.Panel.Model;

namespace PteroPulse.Standalone.Demo;

/// <summary>
/// The servers the demo shows: one that crashes now and then, one on a node that goes down now and then, some
/// offline ones (so Start has something to do) and the rest running. Chosen once from the emulated fleet.
/// </summary>
public sealed record DemoCast(EmulatedServer CrashProne, EmulatedNode FlakyNode, IReadOnlyList<EmulatedServer> Showcased)
{
    public static DemoCast Choose(PanelEmulator panel, int count)
    {
        ArgumentNullException.ThrowIfNull(panel);
        var now = panel.Time.GetUtcNow();
        var flaky = panel.Fleet.Nodes[^1];
        var steady = panel.Fleet.Servers.Where(s => s.Node != flaky).ToList();
        var running = steady.Where(s => s.StateAt(now) == PowerStates.Running).ToList();
        var offline = steady.Where(s => s.StateAt(now) == PowerStates.Offline).ToList();
        var onFlakyNode = panel.Fleet.Servers.Where(s => s.Node == flaky).ToList();
        var crashProne = running.FirstOrDefault() ?? steady[0];

        // Interleaved by priority, so even a short list shows each kind.
        var candidates = new[] { crashProne }
            .Concat(onFlakyNode.Take(1))
            .Concat(offline.Take(2))
            .Concat(running.Skip(1))
            .Concat(offline.Skip(2))
            .Distinct()
            .Take(count)
            .ToList();
        return new DemoCast(crashProne, flaky, candidates);
    }
}

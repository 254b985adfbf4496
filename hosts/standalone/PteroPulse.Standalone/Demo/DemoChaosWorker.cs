using PteroPulse.Emulators.Panel.Model;

namespace PteroPulse.Standalone.Demo;

/// <summary>Carries out the <see cref="ChaosSchedule"/> on the emulated panel, once a second.</summary>
internal sealed class DemoChaosWorker(DemoEnvironment demo, TimeProvider time, ILogger<DemoChaosWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var schedule = new ChaosSchedule(demo.Options, time.GetUtcNow());
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var chaos in schedule.Due(time.GetUtcNow()))
            {
                Apply(chaos);
            }
        }
    }

    private void Apply(ChaosEvent chaos)
    {
        var panel = demo.Panel.Panel;
        var now = panel.Time.GetUtcNow();
        var server = demo.Cast.CrashProne;
        var node = demo.Cast.FlakyNode;
        switch (chaos)
        {
            case ChaosEvent.Crash:
                server.Power.Crash(now);
                break;
            case ChaosEvent.Revive:
                server.Power.Signal("start", now);
                break;
            case ChaosEvent.NodeDown:
                node.Fault = NodeFault.Offline;
                break;
            case ChaosEvent.NodeUp:
                node.Fault = NodeFault.None;
                break;
        }

        DemoLog.Chaos(logger, chaos.ToString(), chaos is ChaosEvent.NodeDown or ChaosEvent.NodeUp ? node.Name : server.Name);
    }
}

using System.Globalization;
using PteroPulse.Emulators.Panel;

namespace Poller.Bench;

/// <summary>An emulated panel on a free port; prints "READY url" and runs until standard input closes.</summary>
internal static class EmulatorProcess
{
    public const string ControlToken = "bench";

    public static async Task<int> RunAsync(string[] args)
    {
        var servers = int.Parse(args[1], CultureInfo.InvariantCulture);
        var limit = int.Parse(args[2], CultureInfo.InvariantCulture);
        await using var host = await PanelEmulatorHost.StartAsync(o =>
        {
            o.ServerCount = servers;
            o.NodeCount = Math.Clamp(servers / 200, 1, 20);
            o.ClientRateLimit = limit;
            o.ControlToken = ControlToken;
            o.RequestLogCapacity = 0;
        });
        Console.WriteLine($"READY {host.BaseUrl}");
        await Console.In.ReadToEndAsync();
        return 0;
    }
}

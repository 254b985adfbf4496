using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Poller.Bench;

/// <summary>Runs each scenario in a fresh process, one after the other, and prints a markdown table.</summary>
internal static class BenchmarkDriver
{
    /// <summary>Servers, the key's limit per minute (1,000,000 = effectively none) and the measured window in seconds.</summary>
    private static readonly (int Servers, int Limit, int Seconds)[] Scenarios =
    [
        (1_000, 1_000_000, 20),
        (10_000, 1_000_000, 20),
        (1_000, 720, 20),
        (10_000, 720, 20),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        Console.WriteLine($"Poller benchmark, {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTimeOffset.UtcNow:u}");
        Console.WriteLine();
        Console.WriteLine("| servers | key limit/min | cycle (s) | panel requests per server-minute | samples/s | CPU µs per sample | peak RSS (MiB) | 429s |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (servers, limit, seconds) in Scenarios)
        {
            var r = await RunScenarioAsync(servers, limit, seconds);
            var limitText = limit >= 1_000_000 ? "none" : limit.ToString(CultureInfo.InvariantCulture);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Servers:N0} | {limitText} | {r.CycleSeconds:F1} | {r.RequestsPerServerMinute:F2} | {r.SamplesPerSecond:F1} | {r.CpuMicrosecondsPerSample:F0} | {r.PeakRssMiB:F0} | {r.Throttled} |"));
        }

        return 0;
    }

    private static async Task<ScenarioResult> RunScenarioAsync(int servers, int limit, int seconds)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!,
            ["scenario", servers.ToString(CultureInfo.InvariantCulture), limit.ToString(CultureInfo.InvariantCulture), seconds.ToString(CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"scenario {servers}/{limit} printed no result:\n{output}");
        return JsonSerializer.Deserialize<ScenarioResult>(line["RESULT ".Length..])!;
    }
}

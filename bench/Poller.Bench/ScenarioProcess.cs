using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PteroPulse.Poller.Extensions;
using PteroPulse.Poller.Polling;

namespace Poller.Bench;

/// <summary>
/// One measured run: start the emulator process, run the real poller (AddPollerServices, in-memory bus) at a 10 s
/// interval, let the first cycle pass, then measure requests, samples, CPU and 429s over a window.
/// </summary>
internal static class ScenarioProcess
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(12);

    public static async Task<int> RunAsync(string[] args)
    {
        var servers = int.Parse(args[1], CultureInfo.InvariantCulture);
        var limit = int.Parse(args[2], CultureInfo.InvariantCulture);
        var window = TimeSpan.FromSeconds(int.Parse(args[3], CultureInfo.InvariantCulture));
        using var emulator = StartEmulator(servers, limit, out var url);
        using var http = new HttpClient { BaseAddress = url };
        http.DefaultRequestHeaders.Add("X-Emulator-Token", EmulatorProcess.ControlToken);
        var keys = await http.GetFromJsonAsync<JsonElement>("/_emulator/keys");

        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration["Pterodactyl:Url"] = url.ToString();
        builder.Configuration["Pterodactyl:ApiKey"] = keys.GetProperty("adminClient").GetString();
        builder.Configuration["Pterodactyl:PollInterval"] = "00:00:10";
        var counter = new CountingPublisher();
        builder.Services.AddSingleton<IPollerPublisher>(sp => counter.Wrap(new BusPollerPublisher(sp.GetRequiredService<IBus>())));
        builder.AddPollerServices();
        using var host = builder.Build();
        await host.StartAsync();
        await Task.Delay(WarmUp);

        var before = await TakeAsync(http, counter);
        await Task.Delay(window);
        var after = await TakeAsync(http, counter);
        await host.StopAsync();
        emulator.StandardInput.Close();

        var seconds = (after.At - before.At).TotalSeconds;
        var samples = after.Samples - before.Samples;
        var result = new ScenarioResult(servers, limit, seconds,
            RequestsPerServerMinute: (after.Requests - before.Requests) / (double)servers / (seconds / 60),
            SamplesPerSecond: samples / seconds,
            CpuMicrosecondsPerSample: samples == 0 ? double.NaN : (after.Cpu - before.Cpu).TotalMicroseconds / samples,
            PeakRssMiB: PeakRssMiB(),
            Throttled: after.Throttled,
            CycleSeconds: host.Services.GetRequiredService<ServerPollingWorker>().CurrentPlan?.Cycle.TotalSeconds ?? double.NaN);
        Console.WriteLine("RESULT " + JsonSerializer.Serialize(result));
        return 0;
    }

    private static Process StartEmulator(int servers, int limit, out Uri url)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!, ["emulator", servers.ToString(CultureInfo.InvariantCulture), limit.ToString(CultureInfo.InvariantCulture)])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
        };
        var process = Process.Start(start)!;
        var line = process.StandardOutput.ReadLine() ?? throw new InvalidOperationException("the emulator did not start");
        url = new Uri(line["READY ".Length..]);
        return process;
    }

    private static async Task<Snapshot> TakeAsync(HttpClient http, CountingPublisher counter)
    {
        var stats = await http.GetFromJsonAsync<JsonElement>("/_emulator/stats");
        return new Snapshot(DateTimeOffset.UtcNow, stats.GetProperty("total").GetInt64(), stats.GetProperty("throttled").GetInt64(),
            counter.Samples, Process.GetCurrentProcess().TotalProcessorTime);
    }

    /// <summary>VmHWM: the process's peak resident set.</summary>
    private static double PeakRssMiB()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }

    private sealed record Snapshot(DateTimeOffset At, long Requests, long Throttled, long Samples, TimeSpan Cpu);
}

using System.Diagnostics;

namespace PteroPulse.TestSupport;

/// <summary>Runs a command to completion with a timeout and returns its exit code and output.</summary>
public static class ProcessRunner
{
    public sealed record Result(int ExitCode, string Output);

    public static async Task<Result> RunAsync(
        string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null,
        TimeSpan? timeout = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish in time.");
        }

        return new Result(process.ExitCode, await stdout + await stderr);
    }
}

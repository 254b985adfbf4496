using System.Diagnostics;
using System.Text;

namespace PteroPulse.Standalone.Tests.Support;

/// <summary>
/// The standalone host as a real process, <c>dotnet PteroPulse.Standalone.dll ARGS</c>, started in an empty folder
/// (no .env) with its output collected line by line.
/// </summary>
internal sealed class StandaloneProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _directory = Directory.CreateTempSubdirectory("pteropulse-standalone-test-").FullName;

    private StandaloneProcess(IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _directory,
        };
        start.ArgumentList.Add(AssemblyPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("PTEROPULSE_ENV_FILE");
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
    }

    /// <summary>The host's own build output (the folder it runs from in development), same configuration as this test.</summary>
    public static string AssemblyPath { get; } = FindAssembly();

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static StandaloneProcess Start(params string[] args)
    {
        var process = new StandaloneProcess(args);
        process._process.Start();
        process._process.BeginOutputReadLine();
        process._process.BeginErrorReadLine();
        return process;
    }

    /// <summary>The first output line starting with <paramref name="prefix"/>, once it has been written.</summary>
    public Task<string> WaitForLineAsync(string prefix, TimeSpan timeout) =>
        Eventually.WaitAsync(() =>
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The standalone host exited with {_process.ExitCode}:\n{Output}");
            }

            return Output.Split('\n').Select(l => l.TrimEnd('\r')).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
        }, timeout, $"a line starting with '{prefix}'");

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM first, so the demo stops its emulators and deletes its data folder as on Ctrl+C.
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }

            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private static string FindAssembly()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PteroPulse.slnx")))
        {
            directory = directory.Parent;
        }

        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var root = directory?.FullName ?? throw new InvalidOperationException("PteroPulse.slnx not found above the test folder.");
        var path = Path.Combine(root, "hosts", "standalone", "PteroPulse.Standalone", "bin", configuration, "net10.0", "PteroPulse.Standalone.dll");
        return File.Exists(path) ? path : throw new InvalidOperationException($"{path} is missing: build hosts/standalone/PteroPulse.Standalone first.");
    }
}

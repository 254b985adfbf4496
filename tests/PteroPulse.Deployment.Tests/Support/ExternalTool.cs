using System.Diagnostics;

namespace PteroPulse.Deployment.Tests.Support;

/// <summary>
/// A command-line tool the deployment checks need. A missing tool fails the test with the command that installs it:
/// skipping would let CI go green without checking anything.
/// </summary>
internal sealed class ExternalTool(string command, string installHint)
{
    public static readonly ExternalTool Kubectl = new(
        "kubectl",
        "apt-get install -y kubectl from the Kubernetes (or Google Cloud) apt repository, version 1.27 or newer; "
        + "Debian's own kubernetes-client (1.20) embeds kustomize v2, which cannot read `labels:` or components");

    public static readonly ExternalTool Node = new("node", "apt-get install -y nodejs (Node.js 20 or newer, with npm)");

    public static readonly ExternalTool Npm = new("npm", "apt-get install -y nodejs (or npm, where nodejs ships without it)");

    public static readonly ExternalTool DockerCompose = new(
        "docker-compose",
        "apt-get install -y --no-install-recommends docker-compose (without --no-install-recommends it pulls in the Docker engine)");

    public static readonly ExternalTool Dotnet = new("dotnet", "install the .NET 10 SDK");

    /// <summary>A safety net against a hung tool, not a speed requirement.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(10);

    public async Task<ToolResult> RunAsync(
        IEnumerable<string> arguments,
        string workingDirectory,
        string? standardInput = null,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var executable = Locate();
        if (executable is null)
        {
            Assert.Fail($"`{command}` is not installed, and the deployment tests need it. Install it with: {installHint}");
        }

        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = standardInput is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput);
            process.StandardInput.Close();
        }

        using var guard = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        guard.CancelAfter(HangGuard);
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var commandLine = string.Join(' ', [command, .. start.ArgumentList]);
        return new ToolResult(commandLine, process.ExitCode, await stdout, await stderr);
    }

    private string? Locate() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, command))
            .FirstOrDefault(File.Exists);
}

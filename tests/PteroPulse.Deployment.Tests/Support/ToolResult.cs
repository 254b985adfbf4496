namespace PteroPulse.Deployment.Tests.Support;

internal sealed record ToolResult(string CommandLine, int ExitCode, string StandardOutput, string StandardError)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>Everything a failed assertion should show: the command, its exit code and both streams.</summary>
    public string Describe() =>
        $"`{CommandLine}` exited {ExitCode}\n--- stdout ---\n{StandardOutput}\n--- stderr ---\n{StandardError}";
}

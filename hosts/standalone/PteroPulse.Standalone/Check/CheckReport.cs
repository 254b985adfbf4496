using PteroPulse.ServiceDefaults.Hosting;

namespace PteroPulse.Standalone.Check;

/// <summary>
/// The doctor's report: one line per check, ✔ with what was found or ✘ with the problem and what to do. Lines are
/// built from what the checks found, never from the token or the key.
/// </summary>
public sealed class CheckReport(TextWriter output)
{
    public const int FailedExitCode = 1;

    public int Passed { get; private set; }

    public int Failed { get; private set; }

    public bool ConfigurationInvalid { get; private set; }

    /// <summary>78 when the configuration itself is invalid (as a start would exit), 1 for any other failure, else 0.</summary>
    public int ExitCode => ConfigurationInvalid ? ServiceRunner.InvalidConfigurationExitCode : Failed > 0 ? FailedExitCode : 0;

    public Task PassAsync(string check, string found)
    {
        Passed++;
        return output.WriteLineAsync($"  ✔ {check}: {found}");
    }

    public Task FailAsync(string check, string problem, string fix)
    {
        Failed++;
        return output.WriteLineAsync($"  ✘ {check}: {problem} → {fix}");
    }

    public Task ConfigurationFailAsync(string problem)
    {
        ConfigurationInvalid = true;
        return FailAsync("Configuration", problem, "set it in the environment or .env (Section__Key) and run --check again");
    }

    /// <summary>A check that could not run because an earlier one failed; it is neither passed nor failed.</summary>
    public Task SkipAsync(string check, string reason) => output.WriteLineAsync($"  – {check}: not tested, {reason}");

    public Task SummaryAsync() => output.WriteLineAsync(Failed == 0
        ? $"All {Passed} checks passed: start PteroPulse without --check."
        : $"{Failed} check{(Failed == 1 ? "" : "s")} failed, {Passed} passed. Fix the ✘ lines above and run --check again.");
}

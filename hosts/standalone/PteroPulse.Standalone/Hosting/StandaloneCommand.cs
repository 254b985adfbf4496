using PteroPulse.ServiceDefaults.Configuration;
using PteroPulse.ServiceDefaults.Hosting;

namespace PteroPulse.Standalone.Hosting;

/// <summary>The normal run: the configured panel and Discord, until stopped.</summary>
public static class StandaloneCommand
{
    public const string DemoHint = """
        No panel or bot token yet? See PteroPulse work first with the demo (an emulated panel and Discord):
          dotnet run --project hosts/standalone/PteroPulse.Standalone -- --demo
        With a configuration in place, test it with --check.
        """;

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var builder = StandaloneHost.CreateBuilder(args).AddServices();
        await using var app = StandaloneHost.Build(builder);
        return await RunValidatedAsync(app, DemoHint);
    }

    /// <summary>Runs the app once every option is valid; otherwise names every problem and exits 78.</summary>
    public static async Task<int> RunValidatedAsync(WebApplication app, string? hint = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        var problems = StartupValidation.Problems(app.Services);
        if (problems.Count > 0)
        {
            await Console.Error.WriteLineAsync(ConfigurationProblems.Format(problems));
            if (hint is not null)
            {
                await Console.Error.WriteLineAsync(hint);
            }

            return ServiceRunner.InvalidConfigurationExitCode;
        }

        return await app.RunServiceAsync();
    }
}

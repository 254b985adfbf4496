using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PteroPulse.ServiceDefaults.Configuration;

namespace PteroPulse.ServiceDefaults.Hosting;

public static class ServiceRunner
{
    /// <summary>Exit code of a process stopped by invalid configuration (sysexits' EX_CONFIG).</summary>
    public const int InvalidConfigurationExitCode = 78;

    /// <summary>
    /// Runs the app; when start-up fails on configuration, prints every bad key to standard error and returns
    /// <see cref="InvalidConfigurationExitCode"/> instead of a stack trace.
    /// </summary>
    public static async Task<int> RunServiceAsync(this WebApplication app)
    {
        try
        {
            // Every ValidateOnStart option at once, before any hosted service: a worker whose constructor reads an
            // invalid section would otherwise stop the start naming only that section's keys.
            app.Services.GetService<IStartupValidator>()?.Validate();
            await app.RunAsync();
            return 0;
        }
        catch (Exception ex) when (ConfigurationProblems.TryCollect(ex, out var problems))
        {
            await Console.Error.WriteLineAsync(ConfigurationProblems.Format(problems));
            return InvalidConfigurationExitCode;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A broker that never came up, a port in use: one clear line, not an unhandled-exception dump.
            await Console.Error.WriteLineAsync($"PteroPulse stopped: {ex.GetType().Name}: {ex.Message}");
            return 1;
        }
    }
}

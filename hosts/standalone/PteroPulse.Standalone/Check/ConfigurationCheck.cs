using PteroPulse.Standalone.Hosting;

namespace PteroPulse.Standalone.Check;

/// <summary>The same validation a start runs, every section at once.</summary>
internal static class ConfigurationCheck
{
    public static async Task<bool> RunAsync(IServiceProvider services, CheckReport report)
    {
        var problems = StartupValidation.Problems(services);
        if (problems.Count == 0)
        {
            await report.PassAsync("Configuration", "every key is present and valid");
            return true;
        }

        foreach (var problem in problems)
        {
            await report.ConfigurationFailAsync(problem);
        }

        return false;
    }
}

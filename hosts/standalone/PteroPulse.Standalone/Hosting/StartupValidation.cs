using Microsoft.Extensions.Options;
using PteroPulse.ServiceDefaults.Configuration;

namespace PteroPulse.Standalone.Hosting;

/// <summary>
/// Validates every option registered with ValidateOnStart before anything starts. Run by itself, the host would stop
/// at the first hosted service whose constructor reads an invalid section, naming only that section's keys; a
/// self-hoster must see every missing key at once.
/// </summary>
public static class StartupValidation
{
    public static IReadOnlyList<string> Problems(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
            return [];
        }
        catch (Exception ex) when (ConfigurationProblems.TryCollect(ex, out var problems))
        {
            return WithoutRepeats(problems);
        }
    }

    /// <summary>
    /// The token is required by two sections (the gateway's and the Discord client's), each in its own words; a key
    /// reported missing is named once.
    /// </summary>
    private static List<string> WithoutRepeats(IReadOnlyList<string> problems)
    {
        var missing = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<string>();
        foreach (var problem in problems.Distinct(StringComparer.Ordinal))
        {
            var key = problem.Split(" (env ", 2)[0];
            if (!problem.Contains("required", StringComparison.OrdinalIgnoreCase) || missing.Add(key))
            {
                kept.Add(problem);
            }
        }

        return kept;
    }
}

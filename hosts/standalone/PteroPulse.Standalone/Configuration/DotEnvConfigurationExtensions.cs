using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Memory;

namespace PteroPulse.Standalone.Configuration;

public static class DotEnvConfigurationExtensions
{
    /// <summary>
    /// Adds the values of <c>.env</c> in the working directory (or <c>PTEROPULSE_ENV_FILE</c>) below the real
    /// environment, so a variable set in the shell still wins over the file.
    /// </summary>
    public static IHostApplicationBuilder AddDotEnvFile(this IHostApplicationBuilder builder)
    {
        var path = Environment.GetEnvironmentVariable("PTEROPULSE_ENV_FILE") ?? Path.Combine(Environment.CurrentDirectory, ".env");
        if (!File.Exists(path))
        {
            return builder;
        }

        var values = DotEnvFile.Parse(File.ReadLines(path))
            .ToDictionary(kv => kv.Key.Replace("__", ":", StringComparison.Ordinal), kv => (string?)kv.Value);
        var sources = builder.Configuration.Sources;
        var environmentIndex = sources.ToList().FindIndex(s => s is EnvironmentVariablesConfigurationSource);
        var source = new MemoryConfigurationSource { InitialData = values };
        if (environmentIndex < 0)
        {
            sources.Add(source);
        }
        else
        {
            sources.Insert(environmentIndex, source);
        }

        return builder;
    }
}

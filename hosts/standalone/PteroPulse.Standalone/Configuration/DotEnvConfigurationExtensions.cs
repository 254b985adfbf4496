using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Memory;

namespace PteroPulse.Standalone.Configuration;

public static class DotEnvConfigurationExtensions
{
    /// <summary>
    /// Adds the values of <c>.env</c> in the working directory (or <c>PTEROPULSE_ENV_FILE</c>) below the real
    /// environment, so a variable set in the shell still wins over the file.
    /// </summary>
    public static IHostApplicationBuilder AddDotEnvFile(this IHostApplicationBuilder builder) =>
        builder.AddDotEnvFile(Environment.GetEnvironmentVariable("PTEROPULSE_ENV_FILE") ?? Path.Combine(Environment.CurrentDirectory, ".env"));

    /// <summary>
    /// Adds the values of the .env file at <paramref name="path"/>, if it exists. A key with an empty value
    /// (<c>Discord__ApplicationId=</c>, as .env.example ships its optional keys) counts as not set: an empty string
    /// is not an id, and the key's default is what the user meant.
    /// </summary>
    public static IHostApplicationBuilder AddDotEnvFile(this IHostApplicationBuilder builder, string path)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!File.Exists(path))
        {
            return builder;
        }

        var values = DotEnvFile.Parse(File.ReadLines(path))
            .Where(kv => kv.Value.Length > 0)
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

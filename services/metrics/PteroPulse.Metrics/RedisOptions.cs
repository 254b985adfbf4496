using System.ComponentModel.DataAnnotations;
using PteroPulse.ServiceDefaults.Configuration;
using StackExchange.Redis;

namespace PteroPulse.Metrics;

/// <summary>
/// Where history lives. Empty <see cref="ConnectionString"/> keeps it in process memory (the standalone host: one
/// process, nothing to install); set it (<c>Redis__ConnectionString</c>) whenever metrics runs as its own service,
/// so replicas share one history and a restart loses nothing.
/// </summary>
public sealed class RedisOptions : IOptionsSection, IValidatableObject
{
    public static string SectionName => "Redis";

    /// <summary>A StackExchange.Redis configuration string, for example <c>redis:6379</c>. May carry a password: set it from the environment.</summary>
    public string ConnectionString { get; set; } = "";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ConnectionString);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsConfigured)
        {
            yield break;
        }

        string? problem = null;
        try
        {
            ConfigurationOptions.Parse(ConnectionString);
        }
        catch (ArgumentException e)
        {
            // The parser names the bad option; the connection string itself may hold a password, so it is not echoed.
            problem = e.Message;
        }

        if (problem is not null)
        {
            yield return new ValidationResult($"Not a valid Redis connection string: {problem}", [nameof(ConnectionString)]);
        }
    }
}

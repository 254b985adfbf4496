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

        var valid = true;
        try
        {
            ConfigurationOptions.Parse(ConnectionString);
        }
        catch (ArgumentException)
        {
            // The parser's message quotes the offending part, which may be the password: it is not passed on.
            valid = false;
        }

        if (!valid)
        {
            yield return new ValidationResult(
                "Not a valid StackExchange.Redis connection string (for example redis:6379,password=…); its value is not shown because it may hold a password.",
                [nameof(ConnectionString)]);
        }
    }
}

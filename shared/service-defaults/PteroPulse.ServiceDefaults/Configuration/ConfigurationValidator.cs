using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace PteroPulse.ServiceDefaults.Configuration;

/// <summary>
/// Validates an options object and names each problem by its configuration key and environment variable, e.g.
/// <c>Pterodactyl:ApiKey (env Pterodactyl__ApiKey): is required</c>.
/// </summary>
internal sealed class ConfigurationValidator<T>(string sectionName, IConfiguration configuration) : IValidateOptions<T>
    where T : class
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        var problems = new List<string>();
        CheckConversions(configuration.GetSection(sectionName), typeof(T), problems);
        CheckAnnotations(options, problems);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void CheckConversions(IConfigurationSection section, Type type, List<string> problems)
    {
        foreach (var property in type.GetProperties())
        {
            var value = section.GetSection(property.Name).Value;
            if (value is null)
            {
                continue;
            }

            var target = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (!Converts(target, value))
            {
                problems.Add(Describe($"{section.Path}:{property.Name}", $"'{Redact(property.Name, value)}' is not a valid {FriendlyName(target)}"));
            }
        }
    }

    private void CheckAnnotations(T options, List<string> problems)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        if (options is IValidatableObject validatable && results.Count == 0)
        {
            results.AddRange(validatable.Validate(new ValidationContext(options)));
        }

        foreach (var result in results)
        {
            var members = result.MemberNames.DefaultIfEmpty("").ToList();
            var key = members[0].Length == 0 ? sectionName : $"{sectionName}:{members[0]}";
            problems.Add(Describe(key, result.ErrorMessage ?? "is invalid"));
        }
    }

    private static bool Converts(Type target, string value)
    {
        if (target == typeof(string))
        {
            return true;
        }

        var converter = TypeDescriptor.GetConverter(target);
        if (!converter.CanConvertFrom(typeof(string)))
        {
            return true;
        }

        try
        {
            converter.ConvertFromInvariantString(value);
            return true;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or NotSupportedException or OverflowException)
        {
            return false;
        }
    }

    private static string FriendlyName(Type type) => type == typeof(TimeSpan) ? "duration (hh:mm:ss)" : type.Name;

    /// <summary>Never echo a value that may be a secret.</summary>
    private static string Redact(string propertyName, string value) =>
        SecretNames.IsSecret(propertyName) ? "***" : value;

    private static string Describe(string key, string message) =>
        $"{key} (env {key.Replace(":", "__", StringComparison.Ordinal)}): {message}";
}

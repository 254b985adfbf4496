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
        CheckProperties(configuration.GetSection(sectionName), typeof(T), problems);
        CheckAnnotations(options, problems);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void CheckProperties(IConfigurationSection section, Type type, List<string> problems)
    {
        foreach (var property in type.GetProperties().Where(p => p.GetIndexParameters().Length == 0))
        {
            CheckValue(section.GetSection(property.Name), property.PropertyType, property.Name, problems);
        }
    }

    /// <summary>
    /// Checks a value, a list or a nested section. A bad value inside a list makes the binder drop it silently, which
    /// for an allow-list would mean "allow everything", so every element is checked here.
    /// </summary>
    private static void CheckValue(IConfigurationSection section, Type declared, string propertyName, List<string> problems)
    {
        var target = Nullable.GetUnderlyingType(declared) ?? declared;
        if (section.Value is { } value)
        {
            if (!Converts(target, value))
            {
                problems.Add(Describe(section.Path, $"'{Redact(propertyName, value)}' is not a valid {FriendlyName(target)}"));
            }

            return;
        }

        if (target == typeof(string) || !section.GetChildren().Any())
        {
            return;
        }

        if (ElementType(target) is { } element)
        {
            foreach (var child in section.GetChildren())
            {
                CheckValue(child, element, propertyName, problems);
            }
        }
        else if (target.IsClass)
        {
            CheckProperties(section, target, problems);
        }
    }

    /// <summary>The element (or dictionary value) type of a collection, else null.</summary>
    private static Type? ElementType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        var interfaces = type.GetInterfaces().Append(type).Where(i => i.IsGenericType).ToList();
        var dictionary = interfaces.FirstOrDefault(i => i.GetGenericTypeDefinition() == typeof(IDictionary<,>));
        if (dictionary is not null)
        {
            return dictionary.GetGenericArguments()[1];
        }

        return interfaces.FirstOrDefault(i => i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
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

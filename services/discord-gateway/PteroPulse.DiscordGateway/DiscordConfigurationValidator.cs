using System.Collections;
using System.ComponentModel;
using Microsoft.Extensions.Options;

namespace PteroPulse.DiscordGateway;

/// <summary>
/// Checks what the shared validator cannot see in the "Discord" section: values inside lists and nested sections that
/// do not convert (the binder would silently drop a whole allow-list over one typo, which widens access), and a token
/// written into a settings file instead of the environment.
/// </summary>
internal sealed class DiscordConfigurationValidator(IConfiguration configuration) : IValidateOptions<DiscordGatewayOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordGatewayOptions options)
    {
        var problems = new List<string>();
        var section = configuration.GetSection(DiscordGatewayOptions.SectionName);
        CheckNested(section, typeof(DiscordGatewayOptions), problems, topLevel: true);
        CheckTokenSource(problems);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void CheckNested(IConfigurationSection section, Type type, List<string> problems, bool topLevel)
    {
        foreach (var property in type.GetProperties().Where(p => p.CanWrite))
        {
            var child = section.GetSection(property.Name);
            var target = property.PropertyType;
            if (IsList(target, out var element))
            {
                foreach (var item in child.GetChildren())
                {
                    CheckValue(item, element, problems);
                }
            }
            else if (target.IsClass && target != typeof(string) && !typeof(IDictionary).IsAssignableFrom(target))
            {
                CheckNested(child, target, problems, topLevel: false);
            }
            else if (!topLevel)
            {
                // Top-level scalars are checked by the shared validator already; repeating them would name them twice.
                CheckValue(child, target, problems);
            }
        }
    }

    private static bool IsList(Type type, out Type element)
    {
        element = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) ? type.GetGenericArguments()[0] : typeof(void);
        return element != typeof(void);
    }

    private static void CheckValue(IConfigurationSection item, Type target, List<string> problems)
    {
        if (item.Value is null || target == typeof(string))
        {
            return;
        }

        var converter = TypeDescriptor.GetConverter(Nullable.GetUnderlyingType(target) ?? target);
        try
        {
            converter.ConvertFromInvariantString(item.Value);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or NotSupportedException or OverflowException)
        {
            problems.Add(Describe(item.Path, $"'{item.Value}' is not a valid {(target == typeof(TimeSpan) ? "duration (hh:mm:ss)" : target.Name)}"));
        }
    }

    private void CheckTokenSource(List<string> problems)
    {
        if (configuration is not IConfigurationRoot root)
        {
            return;
        }

        // User secrets (secrets.json, outside the repository) are a developer's environment, not a committed file.
        foreach (var provider in root.Providers.OfType<FileConfigurationProvider>()
                     .Where(p => !string.Equals(p.Source.Path, "secrets.json", StringComparison.OrdinalIgnoreCase)))
        {
            if (provider.TryGet($"{DiscordGatewayOptions.SectionName}:{nameof(DiscordGatewayOptions.Token)}", out var value) && !string.IsNullOrEmpty(value))
            {
                problems.Add(Describe("Discord:Token", $"must come from the environment, not from the file {provider.Source.Path}"));
            }
        }
    }

    private static string Describe(string key, string message) =>
        $"{key} (env {key.Replace(":", "__", StringComparison.Ordinal)}): {message}";
}

using System.Collections;
using System.Reflection;
using PteroPulse.DiscordGateway.Extensions;
using PteroPulse.Metrics.Extensions;
using PteroPulse.Poller.Extensions;
using PteroPulse.Renderer.Extensions;
using PteroPulse.ServiceDefaults.Configuration;

namespace PteroPulse.Deployment.Tests.Configuration;

/// <summary>The options classes (IOptionsSection) of the four services and ServiceDefaults, by section name.</summary>
internal static class OptionsCatalog
{
    private static readonly Assembly[] Assemblies =
    [
        typeof(IOptionsSection).Assembly,
        typeof(PollerServiceRegistration).Assembly,
        typeof(MetricsServiceRegistration).Assembly,
        typeof(RendererServiceRegistration).Assembly,
        typeof(DiscordGatewayServiceRegistration).Assembly,
    ];

    public static IReadOnlyDictionary<string, Type> BySection { get; } = Load();

    /// <summary>
    /// Whether Section:Key[:Key...] names a settable property path of the section's options class; a list property
    /// accepts the index segment that the caller has already removed.
    /// </summary>
    public static bool HasProperty(Type options, IReadOnlyList<string> path)
    {
        var type = options;
        foreach (var name in path)
        {
            var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null)
            {
                return false;
            }

            type = ElementTypeOf(property.PropertyType);
        }

        return true;
    }

    private static Type ElementTypeOf(Type type) =>
        type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type) && type.IsGenericType
            ? type.GetGenericArguments()[^1]
            : type;

    private static Dictionary<string, Type> Load() =>
        Assemblies
            .SelectMany(SafeTypes)
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IOptionsSection).IsAssignableFrom(t))
            .ToDictionary(SectionNameOf, t => t, StringComparer.OrdinalIgnoreCase);

    private static string SectionNameOf(Type type) =>
        (string)type.GetProperty(nameof(IOptionsSection.SectionName), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    private static IEnumerable<Type> SafeTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            return ex.Types.OfType<Type>();
        }
    }
}

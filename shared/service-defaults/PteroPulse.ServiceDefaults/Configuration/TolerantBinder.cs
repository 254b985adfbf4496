using Microsoft.Extensions.Configuration;

namespace PteroPulse.ServiceDefaults.Configuration;

/// <summary>
/// Binds a section property by property, skipping values that do not convert. The stock binder stops at the first
/// bad value with an exception; skipping lets <see cref="ConfigurationValidator{T}"/> report every bad key at once.
/// </summary>
internal static class TolerantBinder
{
    public static void Bind(IConfigurationSection section, object target)
    {
        foreach (var property in target.GetType().GetProperties())
        {
            var child = section.GetSection(property.Name);
            if (!property.CanWrite && !IsComplex(property.PropertyType))
            {
                continue;
            }

            try
            {
                if (child.Value is not null || child.GetChildren().Any())
                {
                    var bound = child.Get(property.PropertyType);
                    if (bound is not null && property.CanWrite)
                    {
                        property.SetValue(target, bound);
                    }
                }
            }
            catch (InvalidOperationException)
            {
                // Reported by ConfigurationValidator with the key's name; the default value stays meanwhile.
            }
        }
    }

    private static bool IsComplex(Type type) => !type.IsPrimitive && type != typeof(string) && !type.IsEnum;
}

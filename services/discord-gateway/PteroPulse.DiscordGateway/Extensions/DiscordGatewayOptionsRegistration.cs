using Microsoft.Extensions.Options;
using PteroPulse.ServiceDefaults.Configuration;

namespace PteroPulse.DiscordGateway.Extensions;

internal static class DiscordGatewayOptionsRegistration
{
    /// <summary>The "Discord" options, checked at start by the shared validator and by the gateway's own checks.</summary>
    public static IHostApplicationBuilder AddDiscordGatewayOptions(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<DiscordGatewayOptions>()
            .Configure<IConfiguration>((options, configuration) =>
            {
                // The shared binder takes a nested section whole, so one bad value there would hide the section's
                // other values from validation; binding these property by property keeps every problem visible.
                var section = configuration.GetSection(DiscordGatewayOptions.SectionName);
                BindEach(section.GetSection(nameof(DiscordGatewayOptions.Alerts)), options.Alerts);
                BindEach(section.GetSection(nameof(DiscordGatewayOptions.PowerRoles)), options.PowerRoles);
            });
        builder.Services.AddSingleton<IValidateOptions<DiscordGatewayOptions>, DiscordConfigurationValidator>();
        return builder;
    }

    /// <summary>Scalars and lists of scalars, converted one by one; what does not convert keeps its default.</summary>
    private static void BindEach(IConfigurationSection section, object target)
    {
        foreach (var property in target.GetType().GetProperties().Where(p => p.CanWrite))
        {
            var child = section.GetSection(property.Name);
            var type = property.PropertyType;
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
            {
                var items = child.GetChildren().Select(c => Convert(c.Value, type.GetGenericArguments()[0])).ToList();
                if (items.Count > 0 && items.All(i => i is not null))
                {
                    var list = (System.Collections.IList)Activator.CreateInstance(type)!;
                    items.ForEach(i => list.Add(i));
                    property.SetValue(target, list);
                }
            }
            else if (Convert(child.Value, type) is { } value)
            {
                property.SetValue(target, value);
            }
        }
    }

    private static object? Convert(string? value, Type type)
    {
        if (value is null)
        {
            return null;
        }

        try
        {
            return System.ComponentModel.TypeDescriptor.GetConverter(type).ConvertFromInvariantString(value);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or NotSupportedException or OverflowException)
        {
            // DiscordConfigurationValidator names the key.
            return null;
        }
    }
}

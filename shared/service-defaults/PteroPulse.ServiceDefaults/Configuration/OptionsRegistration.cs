using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace PteroPulse.ServiceDefaults.Configuration;

public static class OptionsRegistration
{
    /// <summary>
    /// Binds <typeparamref name="T"/> to its section, validates it (data annotations, <see cref="System.ComponentModel.DataAnnotations.IValidatableObject"/>
    /// and values that do not convert) and checks it at start, so a bad deploy stops naming every bad key.
    /// </summary>
    public static OptionsBuilder<T> AddValidatedOptions<T>(this IHostApplicationBuilder builder)
        where T : class, IOptionsSection
    {
        builder.Services.AddSingleton<IValidateOptions<T>>(sp =>
            new ConfigurationValidator<T>(T.SectionName, sp.GetRequiredService<IConfiguration>()));
        return builder.Services
            .AddOptions<T>()
            .Configure<IConfiguration>((options, configuration) =>
                TolerantBinder.Bind(configuration.GetSection(T.SectionName), options))
            .ValidateOnStart();
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace PteroPulse.Poller.Pterodactyl;

/// <summary>
/// The panel key is a secret: it must come from the environment (or a Kubernetes Secret mapped into it), never from
/// a file such as appsettings.json that ends up in a repository or an image. (An environment variable set as well
/// wins over the file, but the file still holds the secret; that case is not caught.)
/// </summary>
public sealed class ApiKeySourceValidator(IConfiguration configuration) : IValidateOptions<PterodactylOptions>
{
    private static readonly string Key = $"{PterodactylOptions.SectionName}:{nameof(PterodactylOptions.ApiKey)}";

    public ValidateOptionsResult Validate(string? name, PterodactylOptions options)
    {
        var providers = (configuration as IConfigurationRoot)?.Providers.ToList() ?? [];

        // A value written through configuration["..."] lands in every provider at once, the environment's included:
        // that is code supplying the key, not a file holding it.
        var fromElsewhere = providers.Any(p => p is not FileConfigurationProvider && p.TryGet(Key, out var value) && !string.IsNullOrEmpty(value));
        var files = fromElsewhere
            ? []
            : providers.OfType<FileConfigurationProvider>()
                .Where(p => p.TryGet(Key, out var value) && !string.IsNullOrEmpty(value))
                .Select(p => p.Source.Path)
                .ToList();
        return files.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{Key} (env Pterodactyl__ApiKey): is set in {string.Join(", ", files)}; remove it there and set the environment variable Pterodactyl__ApiKey instead");
    }
}

using Microsoft.Extensions.Options;
using PteroPulse.DiscordGateway;

namespace PteroPulse.Standalone.Check;

/// <summary>The embed locations file must be writable, or every posted embed is forgotten at the next restart.</summary>
internal static class StorageCheck
{
    public static async Task RunAsync(IServiceProvider services, CheckReport report)
    {
        DiscordGatewayOptions options;
        try
        {
            options = services.GetRequiredService<IOptions<DiscordGatewayOptions>>().Value;
        }
        catch (OptionsValidationException)
        {
            await report.SkipAsync("Embed locations", "the Discord section is invalid");
            return;
        }

        var path = Path.GetFullPath(options.EmbedLocationsFile);
        try
        {
            var directory = Path.GetDirectoryName(path)!;
            Directory.CreateDirectory(directory);
            var probe = Path.Combine(directory, $".pteropulse-check-{Environment.ProcessId}");
            await File.WriteAllTextAsync(probe, "ok");
            File.Delete(probe);
            await report.PassAsync("Embed locations", $"{path} is writable");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await report.FailAsync("Embed locations", $"cannot write next to {path} ({ex.Message})",
                "set Discord__EmbedLocationsFile to a path in a writable folder");
        }
    }
}

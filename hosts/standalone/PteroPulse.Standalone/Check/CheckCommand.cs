using PteroPulse.Standalone.Hosting;

namespace PteroPulse.Standalone.Check;

/// <summary>
/// <c>--check</c>: the setup doctor. Validates the configuration as a start would, then tests it live against the
/// panel and Discord, prints one line per check and exits non-zero on any failure. Nothing is started or posted.
/// </summary>
public static class CheckCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var builder = StandaloneHost.CreateBuilder(args);

        // One answer per question: the poller's retries would only make a dead panel take a minute to report.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Pterodactyl:MaxRetries"] = "0" });
        builder.AddServices();

        // The report is the output; the services' JSON logs would only interleave with it.
        builder.Logging.ClearProviders();
        await using var app = StandaloneHost.Build(builder);

        var report = new CheckReport(output);
        await output.WriteLineAsync("PteroPulse setup check");
        await ConfigurationCheck.RunAsync(app.Services, report);
        await StorageCheck.RunAsync(app.Services, report);
        await PanelCheck.RunAsync(app.Services, report, cancellationToken);
        await DiscordCheck.RunAsync(app.Services, report, cancellationToken);
        await report.SummaryAsync();
        return report.ExitCode;
    }
}

using System.ComponentModel.DataAnnotations;
using PteroPulse.ServiceDefaults.Configuration;
using PteroPulse.ServiceDefaults.Hosting;
using PteroPulse.Standalone.Hosting;

namespace PteroPulse.Standalone.Demo;

/// <summary>
/// <c>--demo</c>: the emulated panel and Discord start in this process, the four services are pointed at them, and
/// the demo posts status embeds and causes some trouble, until Ctrl+C.
/// </summary>
public static class DemoCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var builder = StandaloneHost.CreateBuilder(args);
        if (!TryReadOptions(builder.Configuration, out var options, out var problems))
        {
            await Console.Error.WriteLineAsync(ConfigurationProblems.Format(problems));
            return ServiceRunner.InvalidConfigurationExitCode;
        }

        DemoEnvironment demo;
        try
        {
            demo = await DemoEnvironment.StartAsync(options, CancellationToken.None);
        }
        catch (IOException ex)
        {
            // A port taken by something else (Demo:DiscordPort, Demo:PanelPort): one line, not a stack trace.
            await Console.Error.WriteLineAsync($"PteroPulse demo: the emulators could not start: {ex.Message}");
            return 1;
        }

        await using var running = demo;

        // On top of everything: a token or panel URL from the user's .env must not leak into the demo.
        builder.Configuration.AddInMemoryCollection(demo.Settings());
        builder.AddServices();
        builder.Services.AddSingleton(demo);
        builder.Services.AddHostedService<DemoChaosWorker>();
        builder.Services.AddHostedService<DemoEmbedPoster>();
        builder.Services.AddHostedService<DemoBanner>();
        await using var app = StandaloneHost.Build(builder);
        return await StandaloneCommand.RunValidatedAsync(app);
    }

    private static bool TryReadOptions(IConfiguration configuration, out DemoOptions options, out IReadOnlyList<string> problems)
    {
        var section = configuration.GetSection(DemoOptions.SectionName);
        options = new DemoOptions();
        try
        {
            section.Bind(options);
        }
        catch (InvalidOperationException ex)
        {
            problems = [$"{DemoOptions.SectionName}: {ex.Message}"];
            return false;
        }

        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        problems = [.. results.Select(r => $"{DemoOptions.SectionName}:{string.Join(',', r.MemberNames)} (env {DemoOptions.SectionName}__{string.Join(',', r.MemberNames)}): {r.ErrorMessage}")];
        return problems.Count == 0;
    }
}

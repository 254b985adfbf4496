using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PteroPulse.Poller.Extensions;
using PteroPulse.Poller.Tests.Support;

namespace PteroPulse.Poller.Tests.Service;

public sealed class ConfigurationTests
{
    [Fact]
    public async Task Stops_at_start_naming_every_bad_key()
    {
        using var host = PollerHost.Build(FakeClock.Create(), new Dictionary<string, string?>
        {
            ["Pterodactyl:Url"] = "panel.example.org",
            ["Pterodactyl:PollInterval"] = "00:00:01",
            ["Pterodactyl:MaxConcurrency"] = "many",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        var failures = string.Join("\n", error.Failures);
        Assert.Contains("Pterodactyl:Url (env Pterodactyl__Url): must be an absolute http(s) URL", failures);
        Assert.Contains("Pterodactyl:ApiKey (env Pterodactyl__ApiKey)", failures);
        Assert.Contains("Pterodactyl:PollInterval (env Pterodactyl__PollInterval)", failures);
        Assert.Contains("Pterodactyl:MaxConcurrency (env Pterodactyl__MaxConcurrency)", failures);
    }

    [Fact]
    public async Task Refuses_an_application_key_without_echoing_it()
    {
        const string key = "ptla_application_fake_key";
        using var host = PollerHost.Build(FakeClock.Create(), new Dictionary<string, string?>
        {
            ["Pterodactyl:Url"] = "https://panel.example.org",
            ["Pterodactyl:ApiKey"] = key,
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(error.Failures, f => f.Contains("is an application key", StringComparison.Ordinal));
        Assert.DoesNotContain(error.Failures, f => f.Contains(key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Refuses_an_api_key_written_in_a_settings_file()
    {
        var directory = Directory.CreateTempSubdirectory("pteropulse-");
        var file = Path.Combine(directory.FullName, "appsettings.json");
        await File.WriteAllTextAsync(file, """{"Pterodactyl":{"ApiKey":"ptlc_from_a_file_fake_key"}}""", TestContext.Current.CancellationToken);
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddJsonFile(file);
        builder.Configuration["Pterodactyl:Url"] = "https://panel.example.org";
        builder.Services.AddSingleton<TimeProvider>(FakeClock.Create());
        builder.AddPollerServices();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(error.Failures, f => f.Contains("set the environment variable Pterodactyl__ApiKey", StringComparison.Ordinal));
        directory.Delete(recursive: true);
    }

    [Fact]
    public void Accepts_an_api_key_supplied_by_code_through_the_configuration()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration["Pterodactyl:Url"] = "https://panel.example.org";
        builder.Configuration["Pterodactyl:ApiKey"] = "ptlc_from_code_fake_key";
        builder.Services.AddSingleton<TimeProvider>(FakeClock.Create());
        builder.AddPollerServices();
        using var host = builder.Build();

        var options = host.Services.GetRequiredService<IOptions<PteroPulse.Poller.Pterodactyl.PterodactylOptions>>().Value;

        Assert.Equal("ptlc_from_code_fake_key", options.ApiKey);
    }
}

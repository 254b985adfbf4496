using PteroPulse.ServiceDefaults.Hosting;
using PteroPulse.Standalone.Tests.Support;

namespace PteroPulse.Standalone.Tests.Hosting;

public sealed class UnconfiguredStartTests
{
    [Fact]
    public async Task Exits_78_naming_every_missing_key_and_pointing_at_the_demo()
    {
        await using var process = StandaloneProcess.Start("--urls", "http://127.0.0.1:0");

        var exitCode = await process.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(ServiceRunner.InvalidConfigurationExitCode, exitCode);
        Assert.Contains("Pterodactyl:Url (env Pterodactyl__Url)", process.Output, StringComparison.Ordinal);
        Assert.Contains("Pterodactyl:ApiKey (env Pterodactyl__ApiKey)", process.Output, StringComparison.Ordinal);
        Assert.Single(process.Output.Split('\n'), line => line.Contains("Discord:Token (env Discord__Token)", StringComparison.Ordinal));
        Assert.Contains("-- --demo", process.Output, StringComparison.Ordinal);
    }
}

using PteroPulse.IntegrationTests.Infrastructure;
using PteroPulse.ServiceDefaults.Hosting;

namespace PteroPulse.IntegrationTests;

public sealed class InvalidConfigurationTests
{
    public static TheoryData<string> ServiceNames() => [.. ServiceUnderTest.Services.Concat([ServiceUnderTest.Standalone]).Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(ServiceNames))]
    public async Task Exits_non_zero_naming_every_bad_key(string name)
    {
        var service = ServiceUnderTest.ByName(name);
        var environment = new Dictionary<string, string>
        {
            ["RabbitMq__Host"] = "127.0.0.1",
            ["RabbitMq__Port"] = "not-a-port",
            ["RabbitMq__StartTimeout"] = "00:00:00",
        };
        await using var process = ServiceProcess.Start(service, environment);

        var exitCode = await process.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(ServiceRunner.InvalidConfigurationExitCode, exitCode);
        Assert.Contains("RabbitMq:Port (env RabbitMq__Port)", process.Output, StringComparison.Ordinal);
        Assert.Contains("RabbitMq:StartTimeout (env RabbitMq__StartTimeout)", process.Output, StringComparison.Ordinal);
    }
}

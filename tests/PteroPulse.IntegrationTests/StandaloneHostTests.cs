using System.Net;
using PteroPulse.IntegrationTests.Infrastructure;

namespace PteroPulse.IntegrationTests;

public sealed class StandaloneHostTests
{
    [Fact]
    public async Task Starts_every_service_in_one_process_without_a_broker_or_redis()
    {
        var environment = new Dictionary<string, string>
        {
            // Pointing at nothing proves the standalone host needs neither.
            ["RabbitMq__Host"] = "",
            ["Redis__ConnectionString"] = "",
        };
        await using var process = ServiceProcess.Start(ServiceUnderTest.Standalone, environment);

        await HealthProbe.WaitForAsync(process, "/readyz", HttpStatusCode.OK, TimeSpan.FromSeconds(60));

        Assert.Equal(HttpStatusCode.OK, await HealthProbe.StatusAsync(process.BaseAddress, "/healthz"));
    }
}

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
            // Even when the environment names a broker and Redis, the standalone host runs without both.
            ["RabbitMq__Host"] = "127.0.0.1",
            ["RabbitMq__Port"] = "1",
            ["Redis__ConnectionString"] = "127.0.0.1:1",
        };

        // --demo brings the panel and Discord (in-process emulators), so readiness covers the whole bot.
        await using var process = ServiceProcess.Start(ServiceUnderTest.Standalone, environment, ["--demo"]);

        await HealthProbe.WaitForAsync(process, "/readyz", HttpStatusCode.OK, TimeSpan.FromSeconds(60));

        Assert.Equal(HttpStatusCode.OK, await HealthProbe.StatusAsync(process.BaseAddress, "/healthz"));
    }
}

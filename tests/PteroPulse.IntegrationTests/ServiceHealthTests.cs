using System.Net;
using PteroPulse.IntegrationTests.Infrastructure;
using PteroPulse.TestSupport;

namespace PteroPulse.IntegrationTests;

public sealed class ServiceHealthTests(RabbitMqFixture rabbit)
{
    public static TheoryData<string> ServiceNames() => [.. ServiceUnderTest.Services.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(ServiceNames))]
    public async Task Answers_healthz_and_readyz_when_connected_to_the_broker(string name)
    {
        var service = ServiceUnderTest.ByName(name);
        await using var environment = await ServiceEnvironment.StartAsync(service, rabbit);
        await using var process = ServiceProcess.Start(service, environment.Variables);

        await HealthProbe.WaitForAsync(process, "/readyz", HttpStatusCode.OK, TimeSpan.FromSeconds(60));

        Assert.Equal(HttpStatusCode.OK, await HealthProbe.StatusAsync(process.BaseAddress, "/healthz"));
        Assert.Equal(HttpStatusCode.OK, await HealthProbe.StatusAsync(process.BaseAddress, "/readyz"));
    }
}

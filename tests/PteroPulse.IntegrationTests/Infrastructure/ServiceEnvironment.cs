using PteroPulse.TestSupport;

namespace PteroPulse.IntegrationTests.Infrastructure;

/// <summary>The environment each service needs to start against the test broker (and, later, the emulators).</summary>
internal static class ServiceEnvironment
{
    public static Dictionary<string, string> For(ServiceUnderTest service, string rabbitHost, int rabbitPort) => new()
    {
        ["RabbitMq__Host"] = rabbitHost,
        ["RabbitMq__Port"] = rabbitPort.ToString(),
        ["RabbitMq__StartTimeout"] = "00:00:30",
        ["OTEL_SERVICE_NAME"] = service.Name,
    };

    public static Dictionary<string, string> For(ServiceUnderTest service, RabbitMqFixture rabbit) =>
        For(service, rabbit.Host, rabbit.Port);
}

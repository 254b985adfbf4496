using System.Net;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PteroPulse.IntegrationTests.Infrastructure;
using PteroPulse.ServiceDefaults;
using PteroPulse.ServiceDefaults.Bus;
using PteroPulse.TestSupport;

namespace PteroPulse.IntegrationTests;

/// <summary>A broker outage makes a service unready, never dead, and it recovers by itself.</summary>
public sealed class BrokerOutageTests
{
    [Fact]
    public async Task Reports_unready_but_alive_while_the_broker_is_down_and_ready_again_after_it_returns()
    {
        await using var broker = await RabbitMqNodeProcess.StartAsync();
        await using var app = await StartServiceHostAsync(broker);
        var baseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        await WaitForStatusAsync(baseAddress, HttpStatusCode.OK);

        await broker.StopAsync();
        await WaitForStatusAsync(baseAddress, HttpStatusCode.ServiceUnavailable);
        var livenessDuringOutage = await HealthProbe.StatusAsync(baseAddress, "/healthz");
        await broker.StartAgainAsync();

        await WaitForStatusAsync(baseAddress, HttpStatusCode.OK, TimeSpan.FromSeconds(120));
        Assert.Equal(HttpStatusCode.OK, livenessDuringOutage);
    }

    /// <summary>A service host built exactly as the services build theirs, with one consumer on the broker.</summary>
    private static async Task<WebApplication> StartServiceHostAsync(RabbitMqNodeProcess broker)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RabbitMq:Host"] = broker.Host,
            ["RabbitMq:Port"] = broker.Port.ToString(),
        });
        builder.AddServiceDefaults();
        builder.Services.AddSingleton<SampleInbox>();
        builder.AddMessageBus("it-outage", bus => bus.AddConsumer<SampleCatcher, SampleCatcherDefinition>());
        var app = builder.Build();
        app.MapDefaultEndpoints();
        await app.StartAsync();
        return app;
    }

    private static Task WaitForStatusAsync(Uri baseAddress, HttpStatusCode expected, TimeSpan? timeout = null) =>
        Wait.UntilAsync(async () => await HealthProbe.StatusAsync(baseAddress, "/readyz") == expected,
            timeout ?? TimeSpan.FromSeconds(60), $"/readyz to answer {(int)expected}", TimeSpan.FromMilliseconds(250));
}

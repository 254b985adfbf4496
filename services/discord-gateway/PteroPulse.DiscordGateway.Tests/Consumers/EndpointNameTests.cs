using MassTransit;
using PteroPulse.DiscordGateway.Consumers;
using PteroPulse.DiscordGateway.Extensions;

namespace PteroPulse.DiscordGateway.Tests.Consumers;

/// <summary>The queues carry the service's name, so poller or metrics consumers of the same events never share them.</summary>
public sealed class EndpointNameTests
{
    private static readonly KebabCaseEndpointNameFormatter Names = new(DiscordGatewayServiceRegistration.ServiceName, false);

    [Fact]
    public void Names_the_consumer_endpoints_after_the_service()
    {
        Assert.Equal(
            ["discord-gateway-update-status-embeds", "discord-gateway-track-server-sample", "discord-gateway-track-server-list"],
            [Names.Consumer<UpdateStatusEmbedsConsumer>(), Names.Consumer<TrackServerSampleConsumer>(), Names.Consumer<TrackServerListConsumer>()]);
    }
}

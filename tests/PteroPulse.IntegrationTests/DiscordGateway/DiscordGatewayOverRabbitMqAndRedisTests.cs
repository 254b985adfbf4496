using System.Globalization;
using PteroPulse.DiscordGateway.Embeds;
using PteroPulse.DiscordGateway.Locations;
using PteroPulse.DiscordGateway.Tests.Integration.Support;
using PteroPulse.TestSupport;
using StackExchange.Redis;

namespace PteroPulse.IntegrationTests.DiscordGateway;

/// <summary>
/// The discord-gateway as deployed: its own process (host) beside poller, metrics and renderer, over a real RabbitMQ,
/// embed locations in a real Redis. The broker is private to this test: request queues (poller-list-servers,
/// poller-send-power-signal) and event exchanges are named per service and message type, so two suites sharing one
/// broker without separate virtual hosts would answer each other's requests.
/// </summary>
public sealed class DiscordGatewayOverRabbitMqAndRedisTests(RedisFixture redis)
{
    [Fact]
    public async Task Posts_alerts_starts_and_keeps_updating_across_a_gateway_restart()
    {
        await using var broker = await RabbitMqNodeProcess.StartAsync();
        await using var stack = await Stack.StartAsync(o =>
        {
            o.SplitGateway = true;
            o.PanelSeed = Random.Shared.Next(1_000, int.MaxValue);
            o.Extra["RabbitMq:Host"] = broker.Host;
            o.Extra["RabbitMq:Port"] = broker.Port.ToString(CultureInfo.InvariantCulture);
            o.Extra["Redis:ConnectionString"] = redis.ConnectionString;
        });
        var id = stack.ServerId(0);
        var messageId = Rendered.Id(await stack.PostStatusEmbedAsync(id));

        // The location lives in Redis, under the documented key.
        using (var connection = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString))
        {
            var stored = await connection.GetDatabase().HashGetAsync($"pteropulse:embeds:server:{id}", World.StatusChannelId.ToString(CultureInfo.InvariantCulture));
            Assert.Contains(messageId.ToString(CultureInfo.InvariantCulture), stored.ToString(), StringComparison.Ordinal);
        }

        // Crash → red and one alert; an authorised start reaches the panel over the broker.
        stack.Panel.Panel.Server(id).Power.Crash(stack.Panel.Panel.Time.GetUtcNow());
        await Eventually.WaitAsync(() => Rendered.Color(stack.StatusEmbedOf(id)) == StateAppearance.Red, Stack.Patience, "the red embed");
        await Eventually.WaitAsync(() => stack.Messages(World.AlertChannelId).Count(m => Rendered.Content(m).Contains("crashed", StringComparison.Ordinal)) == 1, Stack.Patience, "the alert");
        await stack.PressAsync(World.AdminUserId, messageId, $"power:{id}:start");
        await Eventually.WaitAsync(() => Rendered.Color(stack.StatusEmbedOf(id)) == StateAppearance.Green, Stack.Patience, "the running embed");

        // Restart only the gateway: the backend keeps publishing, the same message keeps being edited, nothing is reposted.
        await stack.StopAppAsync();
        var restartedAt = stack.Control.Clock.GetUtcNow();
        await stack.StartAppAsync();
        await Eventually.WaitAsync(
            () => stack.Control.Requests.Any(r => r.Method == "PATCH" && r.Path.EndsWith($"/messages/{messageId}", StringComparison.Ordinal) && r.Time > restartedAt && r.Status == 200),
            Stack.Patience, "an edit after the restart");

        Assert.Single(stack.StatusMessages(), m => m.ToJsonString().Contains($"power:{id}:start", StringComparison.Ordinal));
        var locations = await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<IEmbedLocationStore>(stack.Services).GetByServerAsync(id, TestContext.Current.CancellationToken);
        Assert.Equal([messageId], locations.Select(l => l.MessageId));
        Assert.Single(stack.Messages(World.AlertChannelId), m => Rendered.Content(m).Contains("crashed", StringComparison.Ordinal));
        Requests.AssertAllValid(stack);
    }
}

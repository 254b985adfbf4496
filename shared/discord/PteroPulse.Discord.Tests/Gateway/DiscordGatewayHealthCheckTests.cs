using Microsoft.Extensions.Diagnostics.HealthChecks;
using PteroPulse.Discord.Gateway;

namespace PteroPulse.Discord.Tests.Gateway;

public sealed class DiscordGatewayHealthCheckTests
{
    [Fact]
    public async Task Is_healthy_when_every_shard_is_ready()
    {
        var check = new DiscordGatewayHealthCheck(new StubGateway([new(0, GatewayShardState.Ready, null), new(1, GatewayShardState.Ready, null)]));

        var result = await check.CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    [Fact]
    public async Task Is_unhealthy_while_a_shard_reconnects_and_names_it()
    {
        var check = new DiscordGatewayHealthCheck(new StubGateway([new(0, GatewayShardState.Ready, null), new(1, GatewayShardState.Resuming, null)]));

        var result = await check.CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("shard 1: Resuming", result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Carries_the_fatal_close_explanation()
    {
        var check = new DiscordGatewayHealthCheck(new StubGateway([new(0, GatewayShardState.Failed, null)], new GatewayFatalException(0, 4004, null)));

        var result = await check.CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("Discord__Token", result.Description, StringComparison.Ordinal);
    }

    private sealed class StubGateway(IReadOnlyList<GatewayShardStatus> shards, GatewayFatalException? failure = null) : IDiscordGatewayClient
    {
        public IReadOnlyList<GatewayShardStatus> Shards => shards;
        public bool IsReady => shards.All(s => s.State == GatewayShardState.Ready);
        public GatewayFatalException? Failure => failure;
    }
}

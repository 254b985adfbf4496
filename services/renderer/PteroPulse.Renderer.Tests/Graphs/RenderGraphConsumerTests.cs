using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PteroPulse.Contracts;
using PteroPulse.Renderer.Graphs;
using PteroPulse.Renderer.Rendering;

namespace PteroPulse.Renderer.Tests.Graphs;

public sealed class RenderGraphConsumerTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Answers_with_a_png_of_the_configured_size()
    {
        await using var provider = Provider(new RendererOptions { Width = 500, Height = 250 });
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        var client = harness.GetRequestClient<RenderServerGraph>();

        var response = await client.GetResponse<ServerGraphRendered>(Request(points: 6), Cancel);

        Assert.Equal("abc12345", response.Message.ServerId);
        Assert.Equal((500, 250), (response.Message.Width, response.Message.Height));
        using var image = TestGraphs.Decode(response.Message.Png);
        Assert.Equal((500, 250), (image.Width, image.Height));
    }

    [Fact]
    public async Task Draws_the_newest_points_when_a_request_carries_too_many()
    {
        await using var provider = Provider(new RendererOptions { MaxPoints = 10 });
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        var client = harness.GetRequestClient<RenderServerGraph>();

        var response = await client.GetResponse<ServerGraphRendered>(Request(points: 5000), Cancel);

        Assert.NotEmpty(response.Message.Png);
        Assert.False(await harness.Published.Any<Fault<RenderServerGraph>>(Cancel));
    }

    [Fact]
    public void Limits_concurrent_renders_to_the_configured_number()
    {
        var definition = new RenderGraphConsumerDefinition(Options.Create(new RendererOptions { MaxConcurrentRenders = 3 }));

        Assert.Equal(3, definition.ConcurrentMessageLimit);
    }

    private static RenderServerGraph Request(int points) => new()
    {
        ServerId = "abc12345",
        ServerName = "Survival SMP",
        State = ServerPowerState.Running,
        Points = TestGraphs.Points([.. Enumerable.Range(0, points).Select(i => (double)(i % 100))]),
        CpuLimitPercent = 400,
        MemoryLimitBytes = 4L << 30,
    };

    private static ServiceProvider Provider(RendererOptions options) => new ServiceCollection()
        .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
        .AddSingleton(Options.Create(options))
        .AddSingleton(TestGraphs.Renderer)
        .AddSingleton(GraphStyle.DiscordDark with { Width = options.Width, Height = options.Height })
        .AddMassTransitTestHarness(bus => bus.AddConsumer<RenderGraphConsumer, RenderGraphConsumerDefinition>())
        .BuildServiceProvider(true);
}

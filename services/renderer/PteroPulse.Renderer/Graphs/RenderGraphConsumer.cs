using System.Diagnostics;
using MassTransit;
using Microsoft.Extensions.Options;
using PteroPulse.Contracts;
using PteroPulse.Renderer.Logging;
using PteroPulse.Renderer.Rendering;
using PteroPulse.Renderer.Telemetry;

namespace PteroPulse.Renderer.Graphs;

/// <summary>A thin shell: request in, <see cref="GraphRenderer"/>, PNG out. All drawing decisions live in the renderer.</summary>
public sealed class RenderGraphConsumer(
    GraphRenderer renderer, GraphStyle style, IOptions<RendererOptions> options, ILogger<RenderGraphConsumer> logger, RendererMetrics? metrics = null)
    : IConsumer<RenderServerGraph>
{
    public async Task Consume(ConsumeContext<RenderServerGraph> context)
    {
        var request = context.Message;
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["ServerId"] = request.ServerId });
        var data = GraphData.From(request);
        var maxPoints = options.Value.MaxPoints;
        if (request.Points.Count > maxPoints)
        {
            RendererLog.TooManyPoints(logger, request.ServerId, request.Points.Count, maxPoints);
            data = data with { Points = [.. request.Points.OrderBy(p => p.At).TakeLast(maxPoints)] };
        }

        var started = Stopwatch.GetTimestamp();
        var png = renderer.Render(data, style);
        var elapsed = Stopwatch.GetElapsedTime(started);
        metrics?.Rendered(elapsed);
        RendererLog.GraphRendered(logger, request.ServerId, data.Points.Count, png.Length, elapsed.TotalMilliseconds);

        await context.RespondAsync(new ServerGraphRendered { ServerId = request.ServerId, Png = png, Width = style.Width, Height = style.Height });
    }
}

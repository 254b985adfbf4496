using MassTransit;
using Microsoft.Extensions.Options;

namespace PteroPulse.Renderer.Graphs;

/// <summary>
/// Caps renders in flight per replica (<see cref="RendererOptions.MaxConcurrentRenders"/>), so memory stays bounded
/// however many requests queue up; other replicas take the rest as competing consumers on the same queue.
/// </summary>
public sealed class RenderGraphConsumerDefinition : ConsumerDefinition<RenderGraphConsumer>
{
    public RenderGraphConsumerDefinition(IOptions<RendererOptions> options) =>
        ConcurrentMessageLimit = options.Value.MaxConcurrentRenders;
}

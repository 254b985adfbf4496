using Microsoft.Extensions.Options;
using PteroPulse.Renderer.Graphs;
using PteroPulse.Renderer.Rendering;
using PteroPulse.Renderer.Telemetry;
using PteroPulse.ServiceDefaults.Bus;
using PteroPulse.ServiceDefaults.Configuration;

namespace PteroPulse.Renderer.Extensions;

public static class RendererServiceRegistration
{
    /// <summary>The service's name on the bus, in compose and in Kubernetes.</summary>
    public const string ServiceName = "renderer";

    /// <summary>Everything the renderer service needs; safe to call beside the other services in one host.</summary>
    public static IHostApplicationBuilder AddRendererServices(this IHostApplicationBuilder builder)
    {
        // Options
        builder.AddValidatedOptions<RendererOptions>();

        // Rendering: fonts load here, at start, so a missing font file stops the process naming the file instead
        // of failing the first request (or, worse, drawing text-less graphs).
        builder.Services.AddSingleton(GraphFonts.LoadShipped());
        builder.Services.AddSingleton<GraphRenderer>();
        builder.Services.AddSingleton<RendererMetrics>();
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<RendererOptions>>().Value;
            return GraphStyle.DiscordDark with { Width = options.Width, Height = options.Height };
        });

        // Bus and consumers
        builder.AddMessageBus(ServiceName, bus => bus.AddConsumer<RenderGraphConsumer, RenderGraphConsumerDefinition>());
        return builder;
    }
}

using System.ComponentModel.DataAnnotations;
using PteroPulse.ServiceDefaults.Configuration;

namespace PteroPulse.Renderer;

public sealed class RendererOptions : IOptionsSection
{
    public static string SectionName => "Renderer";

    /// <summary>600×300 by default: legible after Discord scales embed images down to about 400 px wide.</summary>
    [Range(300, 2000)]
    public int Width { get; set; } = 600;

    [Range(150, 1200)]
    public int Height { get; set; } = 300;

    /// <summary>
    /// Renders at once per replica. Each holds a surface and a plot (~1–2 MB); four keep two cores busy without
    /// letting a burst of requests grow memory. Scale out with replicas, not with this.
    /// </summary>
    [Range(1, 64)]
    public int MaxConcurrentRenders { get; set; } = 4;

    /// <summary>More points than this are thinned to the newest ones; a request is never refused for its size.</summary>
    [Range(2, 10_000)]
    public int MaxPoints { get; set; } = 720;
}

using SkiaSharp;

namespace PteroPulse.Renderer.Rendering;

/// <summary>
/// Draws a server's history as a PNG: a pure function of the points and the style (the fonts it holds are loaded
/// once and never change; surfaces are reused but always cleared). Thread-safe: every call draws on its own surface.
/// </summary>
public sealed class GraphRenderer(GraphFonts fonts) : IDisposable
{
    private readonly FallbackText _text = new(fonts);
    private readonly SurfacePool _surfaces = new();

    public byte[] Render(GraphData data, GraphStyle style)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(style);

        // Opaque: the encoder then writes RGB instead of RGBA, a quarter less to compress.
        var info = new SKImageInfo(style.Width, style.Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        var surface = _surfaces.Rent(info);
        try
        {
            return Draw(surface, data, style);
        }
        finally
        {
            _surfaces.Return(surface);
        }
    }

    public void Dispose() => _surfaces.Dispose();

    private byte[] Draw(SKSurface surface, GraphData data, GraphStyle style)
    {
        var canvas = surface.Canvas;
        canvas.Clear(style.Background);

        var ordered = data.Points.OrderBy(p => p.At).ToList();
        if (ordered.Count < 2)
        {
            new CollectingDataBody(_text).Draw(canvas, style);
        }
        else
        {
            ChartBody.Draw(canvas, ChartSeries.From(data, ordered), style);
        }

        new GraphHeader(_text).Draw(canvas, data, ordered.Count > 0 ? ordered[^1] : null, style);
        return Encode(surface, style.PngCompressionLevel);
    }

    /// <summary>
    /// PNG encoding is most of a render's time at zlib's default level; level 1 with the "Up" filter (rows of a
    /// chart repeat the row above) measured ~4× faster for ~15 % more bytes.
    /// </summary>
    private static byte[] Encode(SKSurface surface, int compressionLevel)
    {
        using var pixels = surface.PeekPixels();
        using var png = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Up, compressionLevel))
            ?? throw new InvalidOperationException("PNG encoding failed.");
        return png.ToArray();
    }
}

using System.Diagnostics;
using PteroPulse.Renderer.Rendering;
using SkiaSharp;

namespace PteroPulse.Benchmarks;

/// <summary>
/// Where a render's time goes: the renderer's steps timed one by one (median of many runs), next to the plain
/// ScottPlot path's figure setup, drawing and default PNG encoding.
/// </summary>
public static class RenderProfile
{
    public static int Run(int runs)
    {
        using var fonts = GraphFonts.LoadShipped();
        var renderer = new GraphRenderer(fonts);
        var text = new FallbackText(fonts);
        var style = GraphStyle.DiscordDark;
        var data = SampleGraphs.Minute;
        var ordered = data.Points.OrderBy(p => p.At).ToList();
        var info = new SKImageInfo(style.Width, style.Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info);
        using var pixels = surface.PeekPixels();

        Report("whole render (GraphRenderer.Render)", runs, () => renderer.Render(data, style));
        Report("  composite on a new surface", runs, () =>
        {
            using var s = SKSurface.Create(info);
            s.Canvas.Clear(style.Background);
            ChartBody.Draw(s.Canvas, ChartSeries.From(data, ordered), style);
            new GraphHeader(text).Draw(s.Canvas, data, ordered[^1], style);
            using var p = s.PeekPixels();
            p.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Up, 1))!.Dispose();
        });
        Report("  composite on a reused surface", runs, () =>
        {
            surface.Canvas.Clear(style.Background);
            ChartBody.Draw(surface.Canvas, ChartSeries.From(data, ordered), style);
            new GraphHeader(text).Draw(surface.Canvas, data, ordered[^1], style);
            pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Up, 1))!.Dispose();
        });
        Report("  surface create + clear", runs, () =>
        {
            using var s = SKSurface.Create(info);
            s.Canvas.Clear(style.Background);
        });
        Report("  series + scales (pure arithmetic)", runs, () => ChartSeries.From(data, ordered));
        Report("  plot area (ScottPlot: new Plot, style, render)", runs, () => ChartBody.Draw(surface.Canvas, ChartSeries.From(data, ordered), style));
        Report("  header (title, state, legend; font fallback)", runs, () => new GraphHeader(text).Draw(surface.Canvas, data, ordered[^1], style));
        Report("  PNG encode, zlib 1 + Up filter, RGB", runs, () => pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Up, 1))!.Dispose());
        Report("  PNG encode, zlib 6 + all filters (default), RGB", runs, () => pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, 6))!.Dispose());
        Report("plain ScottPlot render (PlainScottPlotChart)", runs, () => PlainScottPlotChart.Render(data));
        return 0;
    }

    private static void Report(string step, int runs, Action action)
    {
        for (var i = 0; i < Math.Min(runs, 20); i++)
        {
            action();
        }

        var timings = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            action();
            timings[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        Array.Sort(timings);
        Console.WriteLine($"{step,-55} median {timings[runs / 2],7:F3} ms");
    }
}

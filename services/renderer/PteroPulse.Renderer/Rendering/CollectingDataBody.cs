using SkiaSharp;

namespace PteroPulse.Renderer.Rendering;

/// <summary>What a graph shows before there are two points to join: a clear message instead of an empty frame.</summary>
internal sealed class CollectingDataBody(FallbackText text)
{
    private const string Headline = "Collecting data…";
    private const string Detail = "The graph appears once two samples are in.";

    public void Draw(SKCanvas canvas, GraphStyle style)
    {
        var middle = ChartBody.Padding.Top + ((style.Height - ChartBody.Padding.Top) / 2f);
        Centered(canvas, Headline, middle, 22, bold: true, style.Text, style);
        Centered(canvas, Detail, middle + 26, 14, bold: false, style.MutedText, style);
    }

    private void Centered(SKCanvas canvas, string line, float baseline, float size, bool bold, SKColor color, GraphStyle style)
    {
        var width = text.Measure(line, size, bold);
        text.Draw(canvas, line, (style.Width - width) / 2, baseline, size, bold, color);
    }
}

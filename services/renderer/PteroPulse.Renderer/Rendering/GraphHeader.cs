using System.Globalization;
using PteroPulse.Contracts;
using SkiaSharp;

namespace PteroPulse.Renderer.Rendering;

/// <summary>
/// Above the plot: the state-coloured accent bar (echoing the embed's own), the server's name, its state, and a legend
/// that carries the newest values, so the numbers can be read without tracing the lines.
/// </summary>
internal sealed class GraphHeader(FallbackText text)
{
    private const float Left = 20;
    private const float TitleBaseline = 31;
    private const float LegendBaseline = 57;
    private const float TitleSize = 21;
    private const float StateSize = 16;
    private const float LegendSize = 15;

    public void Draw(SKCanvas canvas, GraphData data, MetricPoint? latest, GraphStyle style)
    {
        DrawTitleRow(canvas, data, style);
        DrawLegendRow(canvas, data, latest, style);
    }

    private void DrawTitleRow(SKCanvas canvas, GraphData data, GraphStyle style)
    {
        var accent = style.AccentFor(data.State);
        using (var bar = new SKPaint { Color = accent })
        {
            canvas.DrawRect(0, 0, 5, style.Height, bar);
        }

        var right = style.Width - 16f;
        var state = StateLabel(data.State);
        var stateWidth = text.Measure(state, StateSize, bold: true);
        text.Draw(canvas, state, right - stateWidth, TitleBaseline, StateSize, bold: true, accent);
        using (var dot = new SKPaint { Color = accent, IsAntialias = true })
        {
            canvas.DrawCircle(right - stateWidth - 10, TitleBaseline - 5, 5, dot);
        }

        var title = text.Fit(data.ServerName, right - stateWidth - 24 - Left, TitleSize, bold: true);
        text.Draw(canvas, title, Left, TitleBaseline, TitleSize, bold: true, style.Text);
    }

    private void DrawLegendRow(SKCanvas canvas, GraphData data, MetricPoint? latest, GraphStyle style)
    {
        var x = Left;
        x = Entry(canvas, x, style.Cpu, dashed: false, CpuLabel(data, latest), style) + 18;
        x = Entry(canvas, x, style.Memory, dashed: false, MemoryLabel(data, latest), style) + 18;
        if (data.MemoryLimitBytes > 0)
        {
            x = Entry(canvas, x, style.Memory, dashed: true, "limit", style) + 18;
        }

        if (HasPeaks(data))
        {
            x = Entry(canvas, x, style.Cpu, dashed: true, "CPU peak", style) + 18;
        }

        // The window's name only where the legend leaves room; the time axis says it too.
        var right = style.Width - 16f;
        var window = data.Window == HistoryWindow.LastHour ? "last hour" : "last minute";
        var windowWidth = text.Measure(window, LegendSize - 1, bold: false);
        if (x <= right - windowWidth)
        {
            text.Draw(canvas, window, right - windowWidth, LegendBaseline, LegendSize - 1, bold: false, style.MutedText);
        }
    }

    private static bool HasPeaks(GraphData data) => data.Points.Count >= 2 && data.Points.Any(p => p.CpuMaxPercent > p.CpuPercent);

    private float Entry(SKCanvas canvas, float x, SKColor color, bool dashed, string label, GraphStyle style)
    {
        using var paint = new SKPaint { Color = color, StrokeWidth = dashed ? 1.5f : 3, IsAntialias = true, Style = SKPaintStyle.Stroke };
        using var dashes = dashed ? SKPathEffect.CreateDash([4, 3], 0) : null;
        paint.PathEffect = dashes;
        canvas.DrawLine(x, LegendBaseline - 4.5f, x + 16, LegendBaseline - 4.5f, paint);
        return x + 22 + text.Draw(canvas, label, x + 22, LegendBaseline, LegendSize, bold: false, style.MutedText);
    }

    private static string CpuLabel(GraphData data, MetricPoint? latest)
    {
        if (latest is null)
        {
            return "CPU";
        }

        var now = string.Create(CultureInfo.InvariantCulture, $"CPU {latest.CpuPercent:0}%");
        return data.CpuLimitPercent > 0 ? string.Create(CultureInfo.InvariantCulture, $"{now} of {data.CpuLimitPercent:0}%") : now;
    }

    private static string MemoryLabel(GraphData data, MetricPoint? latest)
    {
        if (latest is null)
        {
            return "Memory";
        }

        var unit = MemoryUnit.For(Math.Max(latest.MemoryBytes, data.MemoryLimitBytes));
        return data.MemoryLimitBytes > 0
            ? $"Memory {unit.Format(latest.MemoryBytes)} / {unit.Format(data.MemoryLimitBytes)} {unit.Name}"
            : $"Memory {unit.Format(latest.MemoryBytes)} {unit.Name}";
    }

    private static string StateLabel(ServerPowerState state) => state switch
    {
        ServerPowerState.Unknown => "Unknown",
        _ => state.ToString(),
    };
}

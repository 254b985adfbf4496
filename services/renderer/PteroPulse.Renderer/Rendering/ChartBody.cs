using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;
using SkiaSharp;

namespace PteroPulse.Renderer.Rendering;

/// <summary>
/// The plot area, drawn by ScottPlot: CPU on the left axis (filled line), memory on the right axis, the memory limit
/// dashed. Margins are fixed rather than measured: the header sits above, and fixed margins skip ScottPlot's
/// layout pass, which measures every tick label on every render.
/// </summary>
internal static class ChartBody
{
    public static readonly PixelPadding Padding = new(left: 60, right: 76, bottom: 28, top: 84);

    public static void Draw(SKCanvas canvas, ChartSeries series, GraphStyle style)
    {
        var plot = new Plot();
        Style(plot, style);
        AddSeries(plot, series, style);
        SetAxes(plot, series);
        plot.Render(canvas, style.Width, style.Height);
    }

    private static void AddSeries(Plot plot, ChartSeries series, GraphStyle style)
    {
        var markers = series.SecondsAgo.Length <= 12 ? 6 : 0;
        if (series.CpuPeak is { } peak)
        {
            var peaks = plot.Add.Scatter(series.SecondsAgo, peak);
            peaks.Color = ToColor(style.Cpu).WithAlpha(0.7);
            peaks.LineWidth = 1.5f;
            peaks.LinePattern = LinePattern.Dotted;
            peaks.MarkerSize = 0;
        }

        var cpu = plot.Add.Scatter(series.SecondsAgo, series.Cpu);
        cpu.Color = ToColor(style.Cpu);
        cpu.LineWidth = 2.5f;
        cpu.MarkerSize = markers;
        cpu.FillY = true;
        cpu.FillYColor = ToColor(style.Cpu).WithAlpha(0.18);

        var memory = plot.Add.Scatter(series.SecondsAgo, series.Memory);
        memory.Color = ToColor(style.Memory);
        memory.LineWidth = 2.5f;
        memory.MarkerSize = markers;
        memory.Axes.YAxis = plot.Axes.Right;

        if (series.MemoryLimit is { } limit)
        {
            var line = plot.Add.HorizontalLine(limit);
            line.Axes.YAxis = plot.Axes.Right;
            line.Color = ToColor(style.Memory).WithAlpha(0.8);
            line.LineWidth = 1.5f;
            line.LinePattern = LinePattern.Dashed;
        }
    }

    private static void SetAxes(Plot plot, ChartSeries series)
    {
        var span = -series.Time.Start;
        plot.Axes.SetLimitsX(series.Time.Start - (span * 0.05), span * 0.03);
        plot.Axes.SetLimitsY(0, series.CpuScale.Top, plot.Axes.Left);
        plot.Axes.SetLimitsY(0, series.MemoryScale.Top, plot.Axes.Right);
        plot.Axes.Bottom.TickGenerator = Manual(series.Time.Ticks());
        plot.Axes.Left.TickGenerator = Manual(series.CpuScale.Ticks().Select(v => (v, Format(v) + "%")));
        plot.Axes.Right.TickGenerator = Manual(series.MemoryScale.Ticks().Select(v => (v, $"{Format(v)} {series.Unit.Name}")));
    }

    private static void Style(Plot plot, GraphStyle style)
    {
        plot.FigureBackground.Color = ToColor(style.Background);
        plot.DataBackground.Color = ToColor(style.Background);
        plot.Layout.Fixed(Padding);
        plot.Font.Set(GraphFonts.FamilyName);
        plot.Axes.Color(ToColor(style.MutedText));
        plot.Grid.MajorLineColor = ToColor(style.Grid);
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 1;
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 1;
        foreach (var axis in new IAxis[] { plot.Axes.Left, plot.Axes.Right, plot.Axes.Bottom, plot.Axes.Top })
        {
            axis.FrameLineStyle.Width = 0;
            axis.MajorTickStyle.Length = 0;
            axis.MinorTickStyle.Length = 0;
            axis.TickLabelStyle.FontSize = 15;
        }
    }

    private static NumericManual Manual(IEnumerable<(double Position, string Label)> ticks)
    {
        var generator = new NumericManual();
        foreach (var (position, label) in ticks)
        {
            generator.AddMajor(position, label);
        }

        return generator;
    }

    private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static Color ToColor(SKColor color) => new(color.Red, color.Green, color.Blue, color.Alpha);
}

using PteroPulse.Renderer.Rendering;
using ScottPlot;

namespace PteroPulse.Benchmarks;

/// <summary>
/// The same chart the straightforward way: a new ScottPlot <see cref="Plot"/> per render, automatic layout, ScottPlot's
/// own title and legend, default PNG settings. The reference point for what the renderer's optimisations buy.
/// </summary>
public static class PlainScottPlotChart
{
    public static byte[] Render(GraphData data)
    {
        var ordered = data.Points.OrderBy(p => p.At).ToList();
        var newest = ordered[^1].At;
        double[] xs = [.. ordered.Select(p => (p.At - newest).TotalSeconds)];
        double[] cpu = [.. ordered.Select(p => p.CpuPercent)];
        double[] memory = [.. ordered.Select(p => p.MemoryBytes / (double)(1L << 30))];

        var plot = new Plot();
        plot.FigureBackground.Color = Color.FromHex("#2B2D31");
        plot.DataBackground.Color = Color.FromHex("#2B2D31");
        plot.Axes.Color(Color.FromHex("#B5BAC1"));
        plot.Grid.MajorLineColor = Color.FromHex("#3F4147");
        plot.Font.Set(GraphFonts.FamilyName);

        var cpuLine = plot.Add.Scatter(xs, cpu, Color.FromHex("#5DADEC"));
        cpuLine.LegendText = "CPU";
        cpuLine.FillY = true;
        cpuLine.FillYColor = Color.FromHex("#5DADEC").WithAlpha(0.18);
        var memoryLine = plot.Add.Scatter(xs, memory, Color.FromHex("#EB459E"));
        memoryLine.LegendText = "Memory";
        memoryLine.Axes.YAxis = plot.Axes.Right;
        var limit = plot.Add.HorizontalLine(data.MemoryLimitBytes / (double)(1L << 30));
        limit.Axes.YAxis = plot.Axes.Right;
        limit.LinePattern = LinePattern.Dashed;

        plot.Axes.SetLimitsY(0, data.CpuLimitPercent, plot.Axes.Left);
        plot.Title(data.ServerName);
        plot.ShowLegend(Alignment.UpperLeft);
        return plot.GetImageBytes(600, 300, ImageFormat.Png);
    }
}

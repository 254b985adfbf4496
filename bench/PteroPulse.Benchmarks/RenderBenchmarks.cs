using BenchmarkDotNet.Attributes;
using PteroPulse.Renderer.Rendering;

namespace PteroPulse.Benchmarks;

/// <summary>
/// Milliseconds and bytes allocated per graph. Short runs: the machine is shared, and the ratio to matplotlib, measured
/// by bench/run-render-bench.sh right after, is what matters.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[Config(typeof(ShortInProcessConfig))]
public class RenderBenchmarks
{
    private GraphFonts _fonts = null!;
    private GraphRenderer _renderer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _fonts = GraphFonts.LoadShipped();
        _renderer = new GraphRenderer(_fonts);
    }

    [GlobalCleanup]
    public void Cleanup() => _fonts.Dispose();

    [Benchmark(Baseline = true, Description = "plain ScottPlot (new Plot, auto layout, default PNG)")]
    public byte[] PlainScottPlot() => PlainScottPlotChart.Render(SampleGraphs.Minute);

    [Benchmark(Description = "GraphRenderer, last minute")]
    public byte[] Minute() => _renderer.Render(SampleGraphs.Minute, GraphStyle.DiscordDark);

    [Benchmark(Description = "GraphRenderer, last hour")]
    public byte[] Hour() => _renderer.Render(SampleGraphs.Hour, GraphStyle.DiscordDark);

    [Benchmark(Description = "GraphRenderer, CJK + emoji title")]
    public byte[] Unicode() => _renderer.Render(SampleGraphs.Unicode, GraphStyle.DiscordDark);

    [Benchmark(Description = "GraphRenderer, collecting data")]
    public byte[] CollectingData() => _renderer.Render(SampleGraphs.CollectingData, GraphStyle.DiscordDark);
}

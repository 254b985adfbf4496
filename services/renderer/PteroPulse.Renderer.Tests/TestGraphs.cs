using PteroPulse.Contracts;
using PteroPulse.Renderer.Rendering;
using SkiaSharp;

namespace PteroPulse.Renderer.Tests;

/// <summary>Test graphs, one shared renderer (fonts load once per process, as in the service) and pixel helpers.</summary>
internal static class TestGraphs
{
    private static readonly DateTimeOffset Newest = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);
    private static readonly Lazy<GraphFonts> Fonts = new(GraphFonts.LoadShipped);

    public static GraphRenderer Renderer { get; } = new(Fonts.Value);

    public static GraphStyle Style => GraphStyle.DiscordDark;

    public static GraphData Minute(string name = "Survival SMP", params double[] cpu) => new()
    {
        ServerName = name,
        State = ServerPowerState.Running,
        Points = Points(cpu.Length == 0 ? [10, 50, 30, 80, 60, 70] : cpu),
        CpuLimitPercent = 400,
        MemoryLimitBytes = 4L << 30,
    };

    public static IReadOnlyList<MetricPoint> Points(IReadOnlyList<double> cpu) =>
    [
        .. cpu.Select((c, i) => new MetricPoint
        {
            At = Newest.AddSeconds((i - cpu.Count + 1) * 10),
            CpuPercent = c,
            CpuMaxPercent = c,
            MemoryBytes = (1L << 30) + (i * (100L << 20)),
            MemoryMaxBytes = (1L << 30) + (i * (100L << 20)),
        }),
    ];

    public static SKBitmap Decode(byte[] png) => SKBitmap.Decode(png) ?? throw new InvalidOperationException("Not a decodable image.");

    /// <summary>Pixels in the rectangle that differ clearly from the background.</summary>
    public static int InkIn(SKBitmap image, SKRectI area, SKColor background) =>
        Pixels(image, area).Count(p => Distance(p, background) > 60);

    /// <summary>Pixels in the rectangle with a clearly saturated colour (text and UI here are grey or white).</summary>
    public static int ColourfulIn(SKBitmap image, SKRectI area) =>
        Pixels(image, area).Count(p => Math.Max(p.Red, Math.Max(p.Green, p.Blue)) - Math.Min(p.Red, Math.Min(p.Green, p.Blue)) > 80);

    public static IEnumerable<SKColor> Pixels(SKBitmap image, SKRectI area)
    {
        for (var y = area.Top; y < area.Bottom; y++)
        {
            for (var x = area.Left; x < area.Right; x++)
            {
                yield return image.GetPixel(x, y);
            }
        }
    }

    private static int Distance(SKColor a, SKColor b) => Math.Abs(a.Red - b.Red) + Math.Abs(a.Green - b.Green) + Math.Abs(a.Blue - b.Blue);
}

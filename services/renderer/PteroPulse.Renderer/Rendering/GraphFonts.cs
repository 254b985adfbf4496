using SkiaSharp;

namespace PteroPulse.Renderer.Rendering;

/// <summary>
/// The typefaces shipped in Fonts/, loaded once per process. A missing file stops start-up with its name, because
/// without fonts SkiaSharp draws every text silently blank. Also registered with ScottPlot under
/// <see cref="FamilyName"/>, so the axes' labels use the same face.
/// </summary>
public sealed class GraphFonts : IDisposable
{
    public const string FamilyName = "PteroPulse Sans";

    private GraphFonts(SKTypeface regular, SKTypeface bold, IReadOnlyList<SKTypeface> fallbacks)
    {
        Regular = regular;
        Bold = bold;
        Fallbacks = fallbacks;
    }

    public SKTypeface Regular { get; }

    public SKTypeface Bold { get; }

    /// <summary>Tried in order for characters the main face lacks: CJK, then colour emoji.</summary>
    public IReadOnlyList<SKTypeface> Fallbacks { get; }

    public static string ShippedDirectory => Path.Combine(AppContext.BaseDirectory, "Fonts");

    public static GraphFonts LoadShipped() => Load(ShippedDirectory);

    public static GraphFonts Load(string directory)
    {
        var regularPath = Require(directory, "DejaVuSans.ttf");
        var boldPath = Require(directory, "DejaVuSans-Bold.ttf");
        var fonts = new GraphFonts(
            SKTypeface.FromFile(regularPath),
            SKTypeface.FromFile(boldPath),
            [SKTypeface.FromFile(Require(directory, "DroidSansFallbackFull.ttf")), SKTypeface.FromFile(Require(directory, "NotoColorEmoji.ttf"))]);

        // ScottPlot keeps a process-wide font table; adding the same name again just replaces the entry.
        ScottPlot.Fonts.AddFontFile(FamilyName, regularPath, bold: false, italic: false);
        ScottPlot.Fonts.AddFontFile(FamilyName, boldPath, bold: true, italic: false);
        return fonts;
    }

    public void Dispose()
    {
        Regular.Dispose();
        Bold.Dispose();
        foreach (var fallback in Fallbacks)
        {
            fallback.Dispose();
        }
    }

    private static string Require(string directory, string file)
    {
        var path = Path.Combine(directory, file);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"The renderer's font {file} is missing from {directory}; it ships in the project's Fonts folder.", path);
    }
}

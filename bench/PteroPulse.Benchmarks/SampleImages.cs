using PteroPulse.Renderer.Rendering;

namespace PteroPulse.Benchmarks;

/// <summary>Writes the sample graphs shown in the README.</summary>
public static class SampleImages
{
    public static int Write(string directory)
    {
        Directory.CreateDirectory(directory);
        using var fonts = GraphFonts.LoadShipped();
        var renderer = new GraphRenderer(fonts);
        foreach (var (name, data) in SampleGraphs.All)
        {
            var path = Path.Combine(directory, name + ".png");
            File.WriteAllBytes(path, renderer.Render(data, GraphStyle.DiscordDark));
            Console.WriteLine(path);
        }

        return 0;
    }
}

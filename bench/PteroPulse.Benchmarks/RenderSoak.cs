using System.Diagnostics;
using PteroPulse.Renderer.Rendering;

namespace PteroPulse.Benchmarks;

/// <summary>Renders many graphs in a row and prints managed heap and process memory along the way: they must level off.</summary>
public static class RenderSoak
{
    public static int Run(int renders)
    {
        using var fonts = GraphFonts.LoadShipped();
        var renderer = new GraphRenderer(fonts);
        var graphs = SampleGraphs.All.Values.ToArray();
        var process = Process.GetCurrentProcess();
        Console.WriteLine("renders,managed_MiB,working_set_MiB,private_MiB");
        for (var i = 1; i <= renders; i++)
        {
            renderer.Render(graphs[i % graphs.Length], GraphStyle.DiscordDark);
            if (i % (renders / 10) == 0)
            {
                process.Refresh();
                Console.WriteLine($"{i},{GC.GetTotalMemory(forceFullCollection: true) / 1048576.0:F1},{process.WorkingSet64 / 1048576.0:F1},{process.PrivateMemorySize64 / 1048576.0:F1}");
            }
        }

        return 0;
    }
}

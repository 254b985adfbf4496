using System.Globalization;
using PteroPulse.Contracts;

namespace PteroPulse.Renderer.Rendering;

/// <summary>
/// The x axis: seconds before the newest point (0 = "now", to the right). It always spans at least the whole window,
/// so a server with only two samples shows them at the right edge instead of stretched across the graph.
/// </summary>
public sealed record TimeAxis(double Start, double Step)
{
    public static TimeAxis For(double oldestSecondsAgo, HistoryWindow window)
    {
        var minimumSpan = window == HistoryWindow.LastHour ? 59 * 60 : 50;
        var span = Math.Max(oldestSecondsAgo, minimumSpan);
        var step = span switch
        {
            <= 60 => 10,
            <= 120 => 20,
            <= 300 => 60,
            <= 1200 => 300,
            <= 3600 => 600,
            _ => 1800,
        };
        return new TimeAxis(-span, step);
    }

    public IEnumerable<(double Position, string Label)> Ticks()
    {
        for (var seconds = 0d; seconds <= -Start + 0.001; seconds += Step)
        {
            yield return (-seconds, Label(seconds));
        }
    }

    private string Label(double secondsAgo) => secondsAgo switch
    {
        0 => "now",
        _ when Step < 60 => string.Create(CultureInfo.InvariantCulture, $"{secondsAgo:0}s"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{secondsAgo / 60:0}m"),
    };
}

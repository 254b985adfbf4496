namespace PteroPulse.Renderer.Rendering;

/// <summary>A value axis from 0 to <see cref="Top"/> with ticks every <see cref="Step"/>.</summary>
public sealed record AxisScale(double Top, double Step)
{
    /// <summary>
    /// CPU in percent of one core. With a limit the axis ends exactly at it (0–400 % for four cores), so the graph
    /// reads as "how full is this server"; without one, at a round number above the highest value, at least one core.
    /// </summary>
    public static AxisScale ForCpu(double observedMax, double limit)
    {
        if (limit > 0 && observedMax <= limit)
        {
            return new AxisScale(limit, NiceStep(limit / 4));
        }

        return Rounded(Math.Max(observedMax, 100));
    }

    /// <summary>
    /// Memory, in the graph's memory unit. With a limit the axis leaves headroom above it, so the dashed limit line
    /// never hides under the frame; at least one unit, so an idle server's flat zero line still gets a sensible axis.
    /// </summary>
    public static AxisScale ForMemory(double observedMax, double limit) =>
        Rounded(Math.Max(Math.Max(observedMax, limit * 1.1), 1));

    public IEnumerable<double> Ticks()
    {
        for (var i = 0; i * Step <= Top + (Step / 1000); i++)
        {
            yield return i * Step;
        }
    }

    /// <summary>Five intervals or a few more: enough grid to read values off, few enough labels to stay legible.</summary>
    private static AxisScale Rounded(double max)
    {
        var step = NiceStep(max / 5);
        return new AxisScale(Math.Ceiling(max / step) * step, step);
    }

    /// <summary>The smallest of 1, 2, 2.5 or 5 times a power of ten that is at least <paramref name="rough"/>.</summary>
    public static double NiceStep(double rough)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        foreach (var factor in (ReadOnlySpan<double>)[1, 2, 2.5, 5, 10])
        {
            if (factor * magnitude >= rough * 0.999)
            {
                return factor * magnitude;
            }
        }

        return 10 * magnitude;
    }
}

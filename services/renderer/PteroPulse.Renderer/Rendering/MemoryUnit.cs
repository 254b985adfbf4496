using System.Globalization;

namespace PteroPulse.Renderer.Rendering;

/// <summary>MiB below one GiB, GiB from there: the units the panel shows.</summary>
public sealed record MemoryUnit(string Name, double Bytes)
{
    private const double Mebibyte = 1024d * 1024;
    private const double Gibibyte = Mebibyte * 1024;

    public static MemoryUnit For(double largestBytes) =>
        largestBytes >= Gibibyte ? new MemoryUnit("GiB", Gibibyte) : new MemoryUnit("MiB", Mebibyte);

    public double From(double bytes) => bytes / Bytes;

    public string Format(double bytes)
    {
        var value = From(bytes);
        var format = value >= 100 || Name == "MiB" ? "0" : "0.#";
        return value.ToString(format, CultureInfo.InvariantCulture);
    }
}

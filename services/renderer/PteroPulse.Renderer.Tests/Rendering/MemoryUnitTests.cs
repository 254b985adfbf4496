using PteroPulse.Renderer.Rendering;

namespace PteroPulse.Renderer.Tests.Rendering;

public sealed class MemoryUnitTests
{
    [Fact]
    public void Uses_mebibytes_below_one_gibibyte()
    {
        var unit = MemoryUnit.For(512L << 20);

        Assert.Equal("MiB", unit.Name);
        Assert.Equal("512", unit.Format(512L << 20));
    }

    [Fact]
    public void Uses_gibibytes_with_one_decimal_from_one_gibibyte()
    {
        var unit = MemoryUnit.For(4L << 30);

        Assert.Equal("GiB", unit.Name);
        Assert.Equal("1.5", unit.Format(3L << 29));
    }
}

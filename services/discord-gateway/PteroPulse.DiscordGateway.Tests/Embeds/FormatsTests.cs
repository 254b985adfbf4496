using PteroPulse.DiscordGateway.Embeds;

namespace PteroPulse.DiscordGateway.Tests.Embeds;

public sealed class FormatsTests
{
    [Theory]
    [InlineData(3, 4, 12, 30, "3d 4h 12m")]
    [InlineData(0, 4, 0, 59, "4h 0m")]
    [InlineData(0, 0, 7, 0, "7m")]
    [InlineData(1, 0, 0, 0, "1d 0h 0m")]
    [InlineData(0, 0, 0, 45, "45s")]
    public void Formats_uptime_in_human_form(int days, int hours, int minutes, int seconds, string expected)
    {
        var text = Formats.Uptime(new TimeSpan(days, hours, minutes, seconds));

        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData(0L, "0 B")]
    [InlineData(1023L, "1023 B")]
    [InlineData(1536L, "1.5 KiB")]
    [InlineData(3L << 30, "3 GiB")]
    [InlineData((5L << 40) / 2, "2.5 TiB")]
    public void Formats_bytes_in_binary_units(long bytes, string expected)
    {
        Assert.Equal(expected, Formats.Bytes(bytes));
    }

    [Fact]
    public void Shows_unlimited_when_the_limit_is_zero()
    {
        Assert.Equal("1 GiB / ∞", Formats.UsedOfLimit(1L << 30, 0));
    }

    [Fact]
    public void Shows_cpu_as_share_of_a_multi_core_limit()
    {
        var text = Formats.Cpu(90, 200);

        Assert.Equal("45% of limit (90% / 200%, 2 cores)", text);
    }

    [Fact]
    public void Shows_cpu_without_limit_as_percent_of_one_core()
    {
        Assert.Equal("250.5% (no limit)", Formats.Cpu(250.5, 0));
    }

    [Fact]
    public void Writes_discord_timestamps_in_unix_seconds()
    {
        Assert.Equal("<t:1795953600:R>", Formats.DiscordTimestamp(Samples.Now));
    }
}

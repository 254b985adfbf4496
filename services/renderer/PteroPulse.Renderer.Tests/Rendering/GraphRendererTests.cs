using System.Buffers.Binary;
using PteroPulse.Contracts;
using PteroPulse.Renderer.Rendering;
using SkiaSharp;

namespace PteroPulse.Renderer.Tests.Rendering;

public sealed class GraphRendererTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Where the server's name goes: left of the state label, in the first header row.</summary>
    private static readonly SKRectI TitleArea = new(18, 8, 330, 36);

    [Fact]
    public void Writes_a_png_of_the_styled_size()
    {
        var png = TestGraphs.Renderer.Render(TestGraphs.Minute(), TestGraphs.Style with { Width = 640, Height = 320 });

        Assert.Equal(PngSignature, png[..8]);
        Assert.Equal("IHDR"u8.ToArray(), png[12..16]);
        Assert.Equal(640, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(320, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    [Fact]
    public void Fills_the_background_with_the_theme_colour()
    {
        using var image = TestGraphs.Decode(TestGraphs.Renderer.Render(TestGraphs.Minute(), TestGraphs.Style));

        Assert.Equal(TestGraphs.Style.Background, image.GetPixel(TestGraphs.Style.Width - 2, 2));
        Assert.Equal(TestGraphs.Style.Background, image.GetPixel(TestGraphs.Style.Width / 2, 2));
        Assert.Equal(TestGraphs.Style.Background, image.GetPixel(TestGraphs.Style.Width - 2, TestGraphs.Style.Height - 2));
    }

    [Fact]
    public void Draws_text_in_the_title_area()
    {
        using var image = TestGraphs.Decode(TestGraphs.Renderer.Render(TestGraphs.Minute("Survival SMP"), TestGraphs.Style));

        Assert.True(TestGraphs.InkIn(image, TitleArea, TestGraphs.Style.Background) > 200);
    }

    [Fact]
    public void Draws_nothing_in_the_title_area_when_the_name_is_empty()
    {
        using var image = TestGraphs.Decode(TestGraphs.Renderer.Render(TestGraphs.Minute(""), TestGraphs.Style));

        Assert.Equal(0, TestGraphs.InkIn(image, TitleArea, TestGraphs.Style.Background));
    }

    [Fact]
    public void Draws_real_cjk_glyphs_rather_than_missing_glyph_boxes()
    {
        // Missing-glyph boxes look alike whatever the character; real glyphs differ.
        using var first = TestGraphs.Decode(TestGraphs.Renderer.Render(TestGraphs.Minute("我的世界"), TestGraphs.Style));
        using var second = TestGraphs.Decode(TestGraphs.Renderer.Render(TestGraphs.Minute("サーバー"), TestGraphs.Style));

        Assert.True(TestGraphs.InkIn(first, TitleArea, TestGraphs.Style.Background) > 100);
        Assert.NotEqual(TestGraphs.Pixels(first, TitleArea), TestGraphs.Pixels(second, TitleArea));
    }

    [Fact]
    public void Draws_colour_emoji_in_the_title()
    {
        using var plain = TestGraphs.Decode(TestGraphs.Renderer.Render(TestGraphs.Minute("Server"), TestGraphs.Style));
        using var emoji = TestGraphs.Decode(TestGraphs.Renderer.Render(TestGraphs.Minute("🎮🚀 Server"), TestGraphs.Style));

        Assert.Equal(0, TestGraphs.ColourfulIn(plain, TitleArea));
        Assert.True(TestGraphs.ColourfulIn(emoji, TitleArea) > 50);
    }

    [Fact]
    public void Gives_different_images_for_different_histories()
    {
        var first = TestGraphs.Renderer.Render(TestGraphs.Minute(cpu: [10, 20, 30, 40, 50, 60]), TestGraphs.Style);
        var second = TestGraphs.Renderer.Render(TestGraphs.Minute(cpu: [60, 50, 40, 30, 20, 10]), TestGraphs.Style);

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Gives_the_same_image_for_the_same_history()
    {
        var first = TestGraphs.Renderer.Render(TestGraphs.Minute(), TestGraphs.Style);
        var second = TestGraphs.Renderer.Render(TestGraphs.Minute(), TestGraphs.Style);

        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Shows_collecting_data_when_there_are_fewer_than_two_samples(int samples)
    {
        var data = TestGraphs.Minute() with { Points = TestGraphs.Points([.. Enumerable.Repeat(25.0, samples)]) };

        using var image = TestGraphs.Decode(TestGraphs.Renderer.Render(data, TestGraphs.Style));

        var message = new SKRectI(180, 150, 420, 215);
        Assert.True(TestGraphs.InkIn(image, message, TestGraphs.Style.Background) > 300);
        using var chart = TestGraphs.Decode(TestGraphs.Renderer.Render(TestGraphs.Minute(), TestGraphs.Style));
        Assert.NotEqual(TestGraphs.Pixels(chart, message), TestGraphs.Pixels(image, message));
    }

    [Fact]
    public void Draws_a_chart_when_every_value_is_zero_and_the_timestamps_repeat()
    {
        var at = new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);
        var zero = new MetricPoint { At = at, CpuPercent = 0, MemoryBytes = 0 };
        var data = TestGraphs.Minute() with { Points = [zero, zero, zero], CpuLimitPercent = 0, MemoryLimitBytes = 0 };

        using var image = TestGraphs.Decode(TestGraphs.Renderer.Render(data, TestGraphs.Style));

        Assert.Equal((TestGraphs.Style.Width, TestGraphs.Style.Height), (image.Width, image.Height));
        Assert.True(TestGraphs.InkIn(image, TitleArea, TestGraphs.Style.Background) > 200);
    }

    [Fact]
    public void Colours_the_accent_bar_by_state()
    {
        using var running = TestGraphs.Decode(TestGraphs.Renderer.Render(TestGraphs.Minute() with { State = ServerPowerState.Running }, TestGraphs.Style));
        using var offline = TestGraphs.Decode(TestGraphs.Renderer.Render(TestGraphs.Minute() with { State = ServerPowerState.Offline }, TestGraphs.Style));

        Assert.Equal(TestGraphs.Style.AccentFor(ServerPowerState.Running), running.GetPixel(1, 150));
        Assert.Equal(TestGraphs.Style.AccentFor(ServerPowerState.Offline), offline.GetPixel(1, 150));
    }

    [Fact]
    public void Keeps_a_long_name_clear_of_the_state_label()
    {
        var name = string.Concat(Enumerable.Repeat("Very long server name ", 10));
        using var image = TestGraphs.Decode(TestGraphs.Renderer.Render(TestGraphs.Minute(name), TestGraphs.Style));

        var accent = TestGraphs.Style.AccentFor(ServerPowerState.Running);
        var stateArea = new SKRectI(TestGraphs.Style.Width - 110, 12, TestGraphs.Style.Width - 10, 36);
        var titleInk = TestGraphs.Pixels(image, stateArea).Count(p => p.Red > 200 && p.Green > 200 && p.Blue > 200);
        Assert.Equal(0, titleInk);
        Assert.Contains(accent, TestGraphs.Pixels(image, stateArea));
    }

    [Fact]
    public async Task Renders_a_hundred_graphs_at_once_identically_to_one_at_a_time()
    {
        var expected = TestGraphs.Renderer.Render(TestGraphs.Minute("我的世界 🎮"), TestGraphs.Style);

        var results = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ =>
            Task.Run(() => TestGraphs.Renderer.Render(TestGraphs.Minute("我的世界 🎮"), TestGraphs.Style), TestContext.Current.CancellationToken)));

        Assert.All(results, png => Assert.Equal(expected, png));
    }

    [Fact]
    public void Draws_an_hour_of_minute_points()
    {
        var data = TestGraphs.Minute() with { Points = TestGraphs.Points([.. Enumerable.Range(0, 60).Select(i => (double)(i * 3))]), Window = HistoryWindow.LastHour };

        using var image = TestGraphs.Decode(TestGraphs.Renderer.Render(data, TestGraphs.Style));

        Assert.Equal(TestGraphs.Style.Width, image.Width);
        Assert.True(TestGraphs.ColourfulIn(image, new SKRectI(60, 70, 530, 270)) > 500);
    }

    [Fact]
    public void Draws_the_cpu_peaks_of_hour_points_when_they_exceed_the_average()
    {
        var flat = Hour(peakFactor: 1);
        var peaky = Hour(peakFactor: 1.5);

        using var withoutPeaks = TestGraphs.Decode(TestGraphs.Renderer.Render(flat, TestGraphs.Style));
        using var withPeaks = TestGraphs.Decode(TestGraphs.Renderer.Render(peaky, TestGraphs.Style));

        // The plot area only: the legend differs too, but the line is what must be drawn.
        var plotArea = new SKRectI(70, 90, 520, 270);
        Assert.NotEqual(TestGraphs.Pixels(withoutPeaks, plotArea), TestGraphs.Pixels(withPeaks, plotArea));
    }

    private static GraphData Hour(double peakFactor)
    {
        var points = TestGraphs.Points([.. Enumerable.Range(0, 60).Select(i => 40.0 + (i % 10))])
            .Select(p => p with { CpuMaxPercent = p.CpuPercent * peakFactor })
            .ToList();
        return TestGraphs.Minute() with { Points = points, Window = HistoryWindow.LastHour, CpuLimitPercent = 200 };
    }
}

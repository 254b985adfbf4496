using PteroPulse.Contracts;
using PteroPulse.Renderer.Rendering;

namespace PteroPulse.Renderer.Tests.Rendering;

public sealed class TimeAxisTests
{
    [Fact]
    public void Labels_the_last_minute_in_seconds_ago_ending_with_now()
    {
        var axis = TimeAxis.For(oldestSecondsAgo: 50, HistoryWindow.LastMinute);

        Assert.Equal(["now", "10s", "20s", "30s", "40s", "50s"], axis.Ticks().Select(t => t.Label));
        Assert.Equal(-50, axis.Start);
    }

    [Fact]
    public void Spans_the_whole_minute_when_only_two_samples_exist()
    {
        var axis = TimeAxis.For(oldestSecondsAgo: 10, HistoryWindow.LastMinute);

        Assert.Equal(-50, axis.Start);
    }

    [Fact]
    public void Labels_the_last_hour_in_minutes_ago()
    {
        var axis = TimeAxis.For(oldestSecondsAgo: 59 * 60, HistoryWindow.LastHour);

        Assert.Equal(["now", "10m", "20m", "30m", "40m", "50m"], axis.Ticks().Select(t => t.Label));
    }
}

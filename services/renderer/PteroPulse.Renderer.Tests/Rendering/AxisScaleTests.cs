using PteroPulse.Renderer.Rendering;

namespace PteroPulse.Renderer.Tests.Rendering;

public sealed class AxisScaleTests
{
    [Fact]
    public void Ends_the_cpu_axis_at_the_limit_when_the_server_has_one()
    {
        var scale = AxisScale.ForCpu(observedMax: 170, limit: 400);

        Assert.Equal([0.0, 100, 200, 300, 400], scale.Ticks());
    }

    [Fact]
    public void Rounds_the_cpu_axis_up_from_one_core_when_unlimited()
    {
        Assert.Equal(100, AxisScale.ForCpu(observedMax: 35, limit: 0).Top);
        Assert.Equal(250, AxisScale.ForCpu(observedMax: 230, limit: 0).Top);
    }

    [Fact]
    public void Grows_the_cpu_axis_past_the_limit_when_a_value_exceeds_it()
    {
        var scale = AxisScale.ForCpu(observedMax: 130, limit: 100);

        Assert.True(scale.Top >= 130);
    }

    [Fact]
    public void Leaves_room_above_the_memory_limit()
    {
        var scale = AxisScale.ForMemory(observedMax: 3, limit: 4);

        Assert.True(scale.Top > 4);
        Assert.Equal(0, scale.Top % scale.Step, 9);
    }

    [Fact]
    public void Gives_an_idle_server_a_memory_axis_of_one_unit()
    {
        var scale = AxisScale.ForMemory(observedMax: 0, limit: 0);

        Assert.Equal(1, scale.Top, 9);
    }

    [Theory]
    [InlineData(0.7, 1)]
    [InlineData(1.5, 2)]
    [InlineData(2.2, 2.5)]
    [InlineData(3.3, 5)]
    [InlineData(80, 100)]
    public void Picks_a_round_step_at_least_as_large_as_asked(double rough, double expected)
    {
        Assert.Equal(expected, AxisScale.NiceStep(rough), 9);
    }
}

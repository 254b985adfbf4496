using PteroPulse.ServiceDefaults.Hosting;
using PteroPulse.Standalone.Demo;

namespace PteroPulse.Standalone.Tests.Demo;

public sealed class DemoCommandTests
{
    [Fact]
    public async Task Stops_before_starting_anything_when_a_demo_setting_is_out_of_range()
    {
        var exitCode = await DemoCommand.RunAsync(["--Demo:ServerCount=1", "--Demo:StatusEmbeds=0"]);

        Assert.Equal(ServiceRunner.InvalidConfigurationExitCode, exitCode);
    }
}

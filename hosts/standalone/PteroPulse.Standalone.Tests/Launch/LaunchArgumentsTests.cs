using PteroPulse.Standalone.Launch;

namespace PteroPulse.Standalone.Tests.Launch;

public sealed class LaunchArgumentsTests
{
    [Fact]
    public void Takes_the_demo_switch_out_and_passes_the_rest_to_the_configuration()
    {
        var launch = LaunchArguments.Parse(["--demo", "--urls", "http://127.0.0.1:0", "--Demo:ServerCount=10"]);

        Assert.Equal(LaunchMode.Demo, launch.Mode);
        Assert.Equal(["--urls", "http://127.0.0.1:0", "--Demo:ServerCount=10"], launch.HostArguments);
    }

    [Fact]
    public void Runs_the_bot_when_no_switch_is_given()
    {
        var launch = LaunchArguments.Parse(["--urls", "http://127.0.0.1:5080"]);

        Assert.Equal(LaunchMode.Run, launch.Mode);
        Assert.Null(launch.Error);
    }

    [Fact]
    public void Recognises_check_anywhere_on_the_command_line()
    {
        var launch = LaunchArguments.Parse(["--Discord:Token=x", "--CHECK"]);

        Assert.Equal(LaunchMode.Check, launch.Mode);
        Assert.Equal(["--Discord:Token=x"], launch.HostArguments);
    }

    [Fact]
    public async Task Refuses_demo_and_check_together_with_a_usage_error()
    {
        var launch = LaunchArguments.Parse(["--demo", "--check"]);
        using var output = new StringWriter();

        var exitCode = await UsageCommand.RunAsync(launch, output);

        Assert.Equal(UsageCommand.UsageErrorExitCode, exitCode);
        Assert.Contains("cannot be combined", output.ToString(), StringComparison.Ordinal);
    }
}

using System.Net;
using System.Net.Sockets;
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

    [Fact]
    public async Task Exits_with_one_line_when_the_chosen_port_is_taken()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var exitCode = await DemoCommand.RunAsync([$"--Demo:DiscordPort={port}"]);

        Assert.Equal(1, exitCode);
    }
}

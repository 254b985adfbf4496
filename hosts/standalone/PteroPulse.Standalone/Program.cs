using PteroPulse.Standalone.Check;
using PteroPulse.Standalone.Demo;
using PteroPulse.Standalone.Hosting;
using PteroPulse.Standalone.Launch;

// All four services in one process on the in-memory bus: what a self-hoster runs without RabbitMQ or Redis.
// --demo brings its own emulated panel and Discord; --check tests a configuration live and exits.
var launch = LaunchArguments.Parse(args);
return launch.Mode switch
{
    LaunchMode.Demo => await DemoCommand.RunAsync(launch.HostArguments),
    LaunchMode.Check => await CheckCommand.RunAsync(launch.HostArguments, Console.Out),
    LaunchMode.Usage => await UsageCommand.RunAsync(launch, Console.Out),
    _ => await StandaloneCommand.RunAsync(launch.HostArguments),
};

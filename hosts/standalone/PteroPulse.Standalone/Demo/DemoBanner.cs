namespace PteroPulse.Standalone.Demo;

/// <summary>
/// Tells the visitor where to look, once every other service has started. The first line is stable, so scripts and
/// tests can read the URL from it: <c>PteroPulse demo: open URL ...</c>.
/// </summary>
public sealed class DemoBanner(DemoEnvironment demo) : IHostedService
{
    public const string UrlLinePrefix = "PteroPulse demo: open ";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await Console.Out.WriteLineAsync($"{UrlLinePrefix}{demo.ViewerUrl} in a browser to watch the bot");
        await Console.Out.WriteLineAsync(
            "PteroPulse demo: you act as Freya (admin: every command and button); switch to Sigrid (operator: start and " +
            "restart) or Bjorn (member: view only) under \"Acting as\". Try /servers or /server_status. Stop with Ctrl+C.");
        await Console.Out.WriteLineAsync(
            $"PteroPulse demo: {demo.Options.ServerCount} servers on an emulated panel at {demo.Panel.BaseUrl}; " +
            $"status embeds follow in #{DemoWorld.StatusChannelName} within half a minute.");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

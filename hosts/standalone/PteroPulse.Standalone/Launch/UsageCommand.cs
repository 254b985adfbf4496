namespace PteroPulse.Standalone.Launch;

/// <summary>Prints how to start the standalone host; exit code 64 (EX_USAGE) after a wrong command line.</summary>
public static class UsageCommand
{
    public const int UsageErrorExitCode = 64;

    public const string Text = """
        PteroPulse standalone: the whole bot in one process, without RabbitMQ or Redis.

          PteroPulse.Standalone            run the bot (configuration from the environment or an .env file)
          PteroPulse.Standalone --demo     run it against an emulated panel and Discord; open the printed URL
          PteroPulse.Standalone --check    test the configuration live (panel, key, token, guilds, permissions)

        Required configuration: Pterodactyl__Url, Pterodactyl__ApiKey (a client key), Discord__Token.
        See docs/standalone.md for every key.
        """;

    public static async Task<int> RunAsync(LaunchArguments launch, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(launch);
        ArgumentNullException.ThrowIfNull(output);
        if (launch.Error is not null)
        {
            await output.WriteLineAsync(launch.Error);
        }

        await output.WriteLineAsync(Text);
        return launch.Error is null ? 0 : UsageErrorExitCode;
    }
}

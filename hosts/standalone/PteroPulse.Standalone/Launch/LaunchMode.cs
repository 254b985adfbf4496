namespace PteroPulse.Standalone.Launch;

public enum LaunchMode
{
    /// <summary>Run the bot with the configured panel and Discord.</summary>
    Run,

    /// <summary>Run the bot against in-process emulators of the panel and Discord.</summary>
    Demo,

    /// <summary>Validate the configuration, test it live, print a report and exit.</summary>
    Check,

    /// <summary>Print the usage (asked for with --help, or after a wrong combination of switches).</summary>
    Usage,
}

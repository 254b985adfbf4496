namespace PteroPulse.Standalone.Launch;

/// <summary>
/// The host's own switches (<c>--demo</c>, <c>--check</c>, <c>--help</c>) taken out of the command line; everything
/// else goes on to the configuration (<c>--urls</c>, <c>--Discord:GuildIds:0=...</c>). They must come out first:
/// the configuration's command-line parser would read <c>--demo --urls x</c> as the key "demo" with value "--urls".
/// </summary>
public sealed record LaunchArguments(LaunchMode Mode, IReadOnlyList<string> HostArguments, string? Error = null)
{
    public static LaunchArguments Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var modes = new List<LaunchMode>();
        var rest = new List<string>();
        foreach (var arg in args)
        {
            switch (arg.ToLowerInvariant())
            {
                case "--demo":
                    modes.Add(LaunchMode.Demo);
                    break;
                case "--check":
                    modes.Add(LaunchMode.Check);
                    break;
                case "--help" or "-h" or "-?":
                    modes.Add(LaunchMode.Usage);
                    break;
                default:
                    rest.Add(arg);
                    break;
            }
        }

        return modes.Distinct().ToList() switch
        {
            [] => new LaunchArguments(LaunchMode.Run, rest),
            [var mode] => new LaunchArguments(mode, rest),
            _ => new LaunchArguments(LaunchMode.Usage, rest, "--demo, --check and --help cannot be combined."),
        };
    }
}

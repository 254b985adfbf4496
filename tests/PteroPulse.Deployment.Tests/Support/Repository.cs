namespace PteroPulse.Deployment.Tests.Support;

/// <summary>Paths in the checkout, found from the test assembly's folder so the tests run from any directory.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>The four deployables, by the kebab-case name they carry in compose, Kubernetes and OTEL_SERVICE_NAME.</summary>
    public static IReadOnlyList<string> Services { get; } = ["poller", "metrics", "renderer", "discord-gateway"];

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string ReadText(params string[] parts) => File.ReadAllText(PathOf(parts));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PteroPulse.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No PteroPulse.slnx above {AppContext.BaseDirectory}.");
    }
}

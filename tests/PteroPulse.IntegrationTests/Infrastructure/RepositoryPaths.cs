namespace PteroPulse.IntegrationTests.Infrastructure;

/// <summary>Where the repository and the built service assemblies are, seen from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>Debug or Release: the same configuration this test assembly was built with.</summary>
    public static string Configuration { get; } =
        new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    public static string ServiceAssembly(string folder, string project) =>
        Path.Combine(Root, folder, project, "bin", Configuration, "net10.0", project + ".dll");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PteroPulse.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("PteroPulse.slnx not found above the test folder.");
    }
}

using System.Xml.Linq;
using PteroPulse.Deployment.Tests.Support;

namespace PteroPulse.Deployment.Tests.Docker;

/// <summary>A project and every project it references, directly or not, as paths relative to the repository root.</summary>
internal static class ProjectClosure
{
    public static IReadOnlyList<string> Of(string projectPath)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        Visit(Path.GetFullPath(Repository.PathOf(projectPath)), found);
        return found.ToList();
    }

    public static string ServiceProject(string service) =>
        Path.GetRelativePath(Repository.Root, Assert.Single(Directory.GetFiles(Repository.PathOf("services", service), "*.csproj", SearchOption.AllDirectories),
            path => !Path.GetFileName(path).EndsWith(".Tests.csproj", StringComparison.Ordinal))).Replace('\\', '/');

    private static void Visit(string fullPath, SortedSet<string> found)
    {
        if (!found.Add(Path.GetRelativePath(Repository.Root, fullPath).Replace('\\', '/')))
        {
            return;
        }

        var references = XDocument.Load(fullPath).Descendants("ProjectReference")
            .Select(r => (string?)r.Attribute("Include"))
            .OfType<string>();
        foreach (var reference in references)
        {
            Visit(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(fullPath)!, reference.Replace('\\', '/'))), found);
        }
    }
}

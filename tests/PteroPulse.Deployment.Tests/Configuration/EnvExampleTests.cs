using PteroPulse.Deployment.Tests.Support;
using PteroPulse.ServiceDefaults.Configuration;

namespace PteroPulse.Deployment.Tests.Configuration;

public sealed class EnvExampleTests
{
    private static readonly IReadOnlyList<(string Name, string Value)> Entries =
        File.ReadLines(Repository.PathOf(".env.example"))
            .Where(line => line.Contains('=', StringComparison.Ordinal) && !line.TrimStart().StartsWith('#'))
            .Select(line => (line[..line.IndexOf('=', StringComparison.Ordinal)].Trim(), line[(line.IndexOf('=', StringComparison.Ordinal) + 1)..].Trim()))
            .ToList();

    [Fact]
    public void Holds_no_secret_values()
    {
        var filled = Entries.Where(e => SecretNames.IsSecret(e.Name) && e.Value.Length > 0).Select(e => e.Name);

        Assert.Contains(Entries, e => e.Name == "Discord__Token");
        Assert.Empty(filled);
    }

    [Fact]
    public void Is_git_ignored_as_env_while_the_example_is_not()
    {
        var ignored = File.ReadAllLines(Repository.PathOf(".gitignore"));

        Assert.Contains(".env", ignored);
        Assert.Contains(".env", File.ReadAllLines(Repository.PathOf(".dockerignore")));
    }
}

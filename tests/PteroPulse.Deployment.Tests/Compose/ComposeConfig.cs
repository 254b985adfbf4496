using System.Text.RegularExpressions;
using PteroPulse.Deployment.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace PteroPulse.Deployment.Tests.Compose;

/// <summary>
/// docker-compose.yml as `docker-compose config` resolves it, with .env.example as the env file and every required
/// variable set to a recognisable sentinel, so a test can tell values from the environment from values in the file.
/// </summary>
internal static partial class ComposeConfig
{
    private static readonly Lazy<Task<YamlMappingNode>> Resolved = new(ResolveCoreAsync);

    /// <summary>The variables the file refuses to run without (${NAME:?message}).</summary>
    public static IReadOnlyList<string> RequiredVariables { get; } =
        RequiredVariable().Matches(Repository.ReadText("docker-compose.yml")).Select(m => m.Groups[1].Value).Distinct().ToList();

    public static string Sentinel(string variable) => $"sentinel-{variable}";

    public static Dictionary<string, string?> SentinelEnvironment() =>
        RequiredVariables.ToDictionary(v => v, v => (string?)Sentinel(v));

    public static Task<YamlMappingNode> ResolveAsync() => Resolved.Value;

    public static Task<ToolResult> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] command) =>
        ExternalTool.DockerCompose.RunAsync(["-f", "docker-compose.yml", "--env-file", ".env.example", .. command], Repository.Root, environment: environment);

    private static async Task<YamlMappingNode> ResolveCoreAsync()
    {
        var result = await RunAsync(SentinelEnvironment(), "config");
        Assert.True(result.Succeeded, result.Describe());
        return Assert.Single(YamlNodes.LoadAll(result.StandardOutput));
    }

    [GeneratedRegex(@"\$\{([A-Za-z_][A-Za-z0-9_]*):\?")]
    private static partial Regex RequiredVariable();
}

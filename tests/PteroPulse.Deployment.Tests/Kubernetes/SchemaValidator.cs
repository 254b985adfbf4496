using PteroPulse.Deployment.Tests.Support;

namespace PteroPulse.Deployment.Tests.Kubernetes;

/// <summary>
/// deploy/tests/validate-manifests.mjs: validates manifests against the Kubernetes schemas of the npm package
/// kubernetes-models, offline. Runs `npm ci` first when deploy/tests/node_modules is missing (once per test run).
/// </summary>
internal static class SchemaValidator
{
    private static readonly string ScriptDirectory = Repository.PathOf("deploy", "tests");

    private static readonly Lazy<Task> Install = new(InstallAsync);

    public static async Task<ToolResult> ValidateAsync(string yaml)
    {
        await Install.Value;
        return await ExternalTool.Node.RunAsync(["validate-manifests.mjs"], ScriptDirectory, standardInput: yaml);
    }

    public static async Task<ToolResult> ValidateFilesAsync(params string[] paths)
    {
        await Install.Value;
        return await ExternalTool.Node.RunAsync(["validate-manifests.mjs", .. paths], ScriptDirectory);
    }

    private static async Task InstallAsync()
    {
        if (Directory.Exists(Path.Combine(ScriptDirectory, "node_modules", "kubernetes-models")))
        {
            return;
        }

        var result = await ExternalTool.Npm.RunAsync(["ci", "--no-audit", "--no-fund"], ScriptDirectory);
        Assert.True(result.Succeeded, "npm ci in deploy/tests failed: " + result.Describe());
    }
}

using System.Collections.Concurrent;
using PteroPulse.Deployment.Tests.Support;

namespace PteroPulse.Deployment.Tests.Kubernetes;

/// <summary>Every overlay under deploy/k8s/overlays, rendered once per test run with `kubectl kustomize`.</summary>
internal static class Overlays
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<RenderedOverlay>>> Rendered = new();

    public static IReadOnlyList<string> Names { get; } =
        Directory.GetDirectories(Repository.PathOf("deploy", "k8s", "overlays")).Select(Path.GetFileName).OfType<string>().Order().ToList();

    public static TheoryData<string> All => new(Names);

    public static string DirectoryOf(string overlay) => Repository.PathOf("deploy", "k8s", "overlays", overlay);

    public static Task<RenderedOverlay> RenderAsync(string overlay) =>
        Rendered.GetOrAdd(overlay, name => new Lazy<Task<RenderedOverlay>>(() => RenderNowAsync(name))).Value;

    private static async Task<RenderedOverlay> RenderNowAsync(string overlay)
    {
        var result = await ExternalTool.Kubectl.RunAsync(["kustomize", DirectoryOf(overlay)], Repository.Root);
        Assert.True(result.Succeeded, result.Describe());
        return new RenderedOverlay(overlay, result.StandardOutput, YamlNodes.LoadAll(result.StandardOutput));
    }
}

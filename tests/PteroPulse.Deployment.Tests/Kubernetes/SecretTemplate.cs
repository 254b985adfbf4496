using PteroPulse.Deployment.Tests.Support;

namespace PteroPulse.Deployment.Tests.Kubernetes;

/// <summary>deploy/k8s/base/secret.template.yaml: the Secret operators create by hand, and the keys it holds.</summary>
internal static class SecretTemplate
{
    public static string Path { get; } = Repository.PathOf("deploy", "k8s", "base", "secret.template.yaml");

    public static YamlDotNet.RepresentationModel.YamlMappingNode Document { get; } =
        Assert.Single(YamlNodes.LoadAll(File.ReadAllText(Path)));

    public static string Name => Document.Text("metadata", "name")!;

    public static IReadOnlyDictionary<string, string> Values => Document.StringMap("stringData");
}

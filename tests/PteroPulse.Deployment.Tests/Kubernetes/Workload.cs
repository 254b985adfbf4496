using PteroPulse.Deployment.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace PteroPulse.Deployment.Tests.Kubernetes;

/// <summary>A Deployment or StatefulSet and the parts of its pod template the invariants look at.</summary>
internal sealed record Workload(YamlMappingNode Document)
{
    public string Kind => Document.Text("kind")!;

    public string Name => Document.Text("metadata", "name")!;

    public bool IsPteroPulseService => Document.Text("metadata", "labels", "app.kubernetes.io/component") == "service";

    public YamlNode? PodSpec => Document.At("spec", "template", "spec");

    public IReadOnlyDictionary<string, string> PodLabels => Document.StringMap("spec", "template", "metadata", "labels");

    public IReadOnlyList<YamlNode> Containers => PodSpec.Items("containers");

    public string? Replicas => Document.Text("spec", "replicas");

    public string? Strategy => Document.Text("spec", "strategy", "type");

    /// <summary>A container-level setting, else the pod-level one (Kubernetes' own precedence).</summary>
    public string? SecurityValue(YamlNode container, string key) =>
        container.Text("securityContext", key) ?? PodSpec.Text("securityContext", key);

    public string? SeccompType(YamlNode container) =>
        container.Text("securityContext", "seccompProfile", "type") ?? PodSpec.Text("securityContext", "seccompProfile", "type");
}

using PteroPulse.Deployment.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace PteroPulse.Deployment.Tests.Kubernetes;

/// <summary>The documents `kubectl kustomize` printed for one overlay.</summary>
internal sealed record RenderedOverlay(string Name, string Yaml, IReadOnlyList<YamlMappingNode> Documents)
{
    public IEnumerable<YamlMappingNode> OfKind(string kind) => Documents.Where(d => d.Text("kind") == kind);

    public YamlMappingNode? Find(string kind, string name) => OfKind(kind).FirstOrDefault(d => d.Text("metadata", "name") == name);

    public IReadOnlyList<Workload> Workloads =>
        Documents.Where(d => d.Text("kind") is "Deployment" or "StatefulSet").Select(d => new Workload(d)).ToList();

    /// <summary>The four PteroPulse services (component "service"), as opposed to RabbitMQ and Redis.</summary>
    public IReadOnlyList<Workload> Services => Workloads.Where(w => w.IsPteroPulseService).ToList();

    /// <summary>Every container and init container of every workload, with a label for assertion messages.</summary>
    public IEnumerable<(Workload Workload, YamlNode Container, string Label)> Containers =>
        Workloads.SelectMany(w => w.Containers.Concat(w.PodSpec.Items("initContainers"))
            .Select(c => (w, c, $"{Name} {w.Kind}/{w.Name} container {c.Text("name")}")));

    public Workload Workload(string name) =>
        Workloads.SingleOrDefault(w => w.Name == name) ?? throw new InvalidOperationException($"{Name} renders no workload {name}.");

    public IReadOnlyDictionary<string, string> ConfigMapData(string name) =>
        Find("ConfigMap", name).StringMap("data");
}

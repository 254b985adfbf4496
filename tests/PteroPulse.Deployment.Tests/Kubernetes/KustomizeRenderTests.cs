using PteroPulse.Deployment.Tests.Support;

namespace PteroPulse.Deployment.Tests.Kubernetes;

public sealed class KustomizeRenderTests
{
    [Fact]
    public void Has_a_dev_and_a_prod_overlay()
    {
        Assert.Contains("dev", Overlays.Names);
        Assert.Contains("prod", Overlays.Names);
    }

    [Theory]
    [MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public async Task Renders_the_four_services_and_both_stores_when_built_with_kubectl_kustomize(string overlay)
    {
        var rendered = await Overlays.RenderAsync(overlay);

        var workloads = rendered.Workloads.Select(w => w.Name).Order();
        Assert.Equal(["discord-gateway", "metrics", "poller", "rabbitmq", "redis", "renderer"], workloads);
    }

    [Theory]
    [MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public async Task Puts_every_object_in_the_overlays_one_namespace(string overlay)
    {
        var rendered = await Overlays.RenderAsync(overlay);

        var ns = Assert.Single(rendered.OfKind("Namespace")).Text("metadata", "name");
        var strays = rendered.Documents
            .Where(d => d.Text("kind") != "Namespace" && d.Text("metadata", "namespace") != ns)
            .Select(d => $"{d.Text("kind")}/{d.Text("metadata", "name")}");
        Assert.Empty(strays);
    }

    [Theory]
    [MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public async Task Renders_no_secret_so_applying_never_overwrites_the_real_token(string overlay)
    {
        var rendered = await Overlays.RenderAsync(overlay);

        Assert.Empty(rendered.OfKind("Secret"));
    }

    [Fact]
    public void Uses_labels_rather_than_the_deprecated_common_labels()
    {
        var kustomizations = Directory.GetFiles(Repository.PathOf("deploy", "k8s"), "kustomization.yaml", SearchOption.AllDirectories);

        var offenders = kustomizations.Where(path => File.ReadAllText(path).Contains("commonLabels", StringComparison.Ordinal));

        Assert.NotEmpty(kustomizations);
        Assert.Empty(offenders);
    }
}

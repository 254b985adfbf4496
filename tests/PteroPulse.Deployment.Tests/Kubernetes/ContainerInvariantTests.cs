using PteroPulse.Deployment.Tests.Support;
using PteroPulse.ServiceDefaults.Hosting;

namespace PteroPulse.Deployment.Tests.Kubernetes;

/// <summary>What every container must have, checked in every overlay (the ones that break in a real cluster first).</summary>
public sealed class ContainerInvariantTests
{
    [Theory]
    [MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public async Task Every_container_has_liveness_and_readiness_probes(string overlay)
    {
        var rendered = await Overlays.RenderAsync(overlay);

        var missing = rendered.Containers
            .Where(c => c.Container.Get("livenessProbe") is null || c.Container.Get("readinessProbe") is null)
            .Select(c => c.Label);
        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public async Task Every_service_probes_healthz_for_liveness_and_readyz_for_readiness(string overlay)
    {
        var rendered = await Overlays.RenderAsync(overlay);

        foreach (var service in rendered.Services)
        {
            var container = Assert.Single(service.Containers);
            Assert.Equal("/healthz", container.Text("livenessProbe", "httpGet", "path"));
            Assert.Equal("/readyz", container.Text("readinessProbe", "httpGet", "path"));
            Assert.Equal("8080", container.Items("ports").Single(p => p.Text("name") == "http").Text("containerPort"));
        }
    }

    [Theory]
    [MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public async Task Every_container_has_cpu_and_memory_requests_and_limits(string overlay)
    {
        var rendered = await Overlays.RenderAsync(overlay);

        var missing = rendered.Containers
            .Where(c => new[] { "requests", "limits" }.Any(kind =>
                c.Container.Text("resources", kind, "cpu") is null || c.Container.Text("resources", kind, "memory") is null))
            .Select(c => c.Label);
        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public async Task Every_container_runs_as_non_root_without_capabilities_or_privilege_escalation(string overlay)
    {
        var rendered = await Overlays.RenderAsync(overlay);

        foreach (var (workload, container, label) in rendered.Containers)
        {
            Assert.True(workload.SecurityValue(container, "runAsNonRoot") == "true", $"{label}: runAsNonRoot");
            Assert.True(int.TryParse(workload.SecurityValue(container, "runAsUser"), out var uid) && uid > 0, $"{label}: numeric non-zero runAsUser");
            Assert.True(container.Text("securityContext", "allowPrivilegeEscalation") == "false", $"{label}: allowPrivilegeEscalation");
            Assert.True(container.Strings("securityContext", "capabilities", "drop").SequenceEqual(["ALL"]), $"{label}: drop ALL");
            Assert.True(workload.SeccompType(container) == "RuntimeDefault", $"{label}: seccomp RuntimeDefault");
        }
    }

    [Theory]
    [MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public async Task Every_service_has_a_read_only_root_with_a_writable_tmp(string overlay)
    {
        var rendered = await Overlays.RenderAsync(overlay);

        foreach (var service in rendered.Services)
        {
            var container = Assert.Single(service.Containers);
            Assert.Equal("true", container.Text("securityContext", "readOnlyRootFilesystem"));
            var tmp = container.Items("volumeMounts").Single(m => m.Text("mountPath") == "/tmp").Text("name");
            Assert.NotNull(service.PodSpec.Items("volumes").Single(v => v.Text("name") == tmp).Get("emptyDir"));
        }
    }

    [Theory]
    [MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public async Task Every_image_is_named_after_its_workload(string overlay)
    {
        var rendered = await Overlays.RenderAsync(overlay);

        foreach (var (workload, container, label) in rendered.Containers)
        {
            var image = container.Text("image")!;
            Assert.True(ImageReference.NameOf(image) == workload.Name, $"{label}: image {image} is not named {workload.Name}");
            Assert.Equal(workload.Name, container.Text("name"));
        }
    }

    [Theory]
    [MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public async Task Grace_period_outlasts_the_hosts_shutdown_timeout(string overlay)
    {
        var rendered = await Overlays.RenderAsync(overlay);

        foreach (var service in rendered.Services)
        {
            var grace = int.Parse(service.PodSpec.Text("terminationGracePeriodSeconds")!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(grace > ShutdownTimeouts.Host.TotalSeconds + 5, $"{service.Name}: {grace} s leaves no margin over {ShutdownTimeouts.Host}");
        }
    }

    [Fact]
    public async Task Prod_pins_every_image_to_a_version_tag()
    {
        var rendered = await Overlays.RenderAsync("prod");

        var floating = rendered.Containers
            .Select(c => c.Container.Text("image")!)
            .Where(image => !image.Contains('@', StringComparison.Ordinal) && (image.Split('/')[^1].Split(':') is not [_, var tag] || tag == "latest"));
        Assert.Empty(floating);
    }
}

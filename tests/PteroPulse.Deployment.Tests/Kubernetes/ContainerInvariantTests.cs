using PteroPulse.Deployment.Tests.Configuration;
using PteroPulse.Deployment.Tests.Support;
using PteroPulse.ServiceDefaults.Configuration;
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

        var missing = EachContainer(rendered)
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

        var missing = EachContainer(rendered)
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

        foreach (var (workload, container, label) in EachContainer(rendered))
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

        foreach (var (workload, container, label) in EachContainer(rendered))
        {
            var image = container.Text("image")!;
            Assert.True(ImageReference.NameOf(image) == workload.Name, $"{label}: image {image} is not named {workload.Name}");
            Assert.Equal(workload.Name, container.Text("name"));
        }
    }

    [Theory]
    [MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public async Task Every_service_is_given_only_environment_variables_it_binds(string overlay)
    {
        var rendered = await Overlays.RenderAsync(overlay);

        foreach (var service in rendered.Services)
        {
            var names = ContainerEnvironment.Names(rendered, Assert.Single(service.Containers));
            Assert.True(BoundConfigurationKeys.UnboundBy(service.Name, names) is [], $"{overlay} {service.Name} sets names no service binds: " +
                string.Join(", ", BoundConfigurationKeys.UnboundBy(service.Name, names)));
        }
    }

    [Theory]
    [MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public async Task Every_service_names_itself_in_otel_service_name(string overlay)
    {
        var rendered = await Overlays.RenderAsync(overlay);

        foreach (var service in rendered.Services)
        {
            var env = Assert.Single(service.Containers).Items("env");
            Assert.Equal(service.Name, env.Single(e => e.Text("name") == "OTEL_SERVICE_NAME").Text("value"));
        }
    }

    [Theory]
    [MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public async Task Secrets_reach_containers_only_from_the_secret_never_as_literals_or_config_maps(string overlay)
    {
        var rendered = await Overlays.RenderAsync(overlay);

        foreach (var (_, container, label) in EachContainer(rendered))
        {
            var literal = container.Items("env").Where(e => SecretNames.IsSecret(e.Text("name")!) && e.Get("value") is not null);
            Assert.True(!literal.Any(), $"{label}: secret given as a literal value");
            foreach (var (secret, key) in ContainerEnvironment.SecretKeyRefs(container))
            {
                Assert.Equal(SecretTemplate.Name, secret);
                Assert.True(SecretTemplate.Values.ContainsKey(key), $"{label}: key {key} is not in secret.template.yaml");
            }
        }

        var secretInConfigMap = rendered.OfKind("ConfigMap").SelectMany(c => c.Keys("data")).Where(SecretNames.IsSecret);
        Assert.Empty(secretInConfigMap);
    }

    [Theory]
    [MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public async Task Every_config_map_a_container_reads_exists(string overlay)
    {
        var rendered = await Overlays.RenderAsync(overlay);

        var missing = EachContainer(rendered)
            .SelectMany(c => ContainerEnvironment.ConfigMapNames(c.Container).Select(name => (c.Label, name)))
            .Where(r => rendered.Find("ConfigMap", r.name) is null);
        Assert.Empty(missing);
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

    private static IEnumerable<(Workload Workload, YamlDotNet.RepresentationModel.YamlNode Container, string Label)> EachContainer(RenderedOverlay rendered) =>
        rendered.Workloads.SelectMany(w => w.Containers.Concat(w.PodSpec.Items("initContainers"))
            .Select(c => (w, c, $"{rendered.Name} {w.Kind}/{w.Name} container {c.Text("name")}")));
}

using PteroPulse.Deployment.Tests.Support;

namespace PteroPulse.Deployment.Tests.Kubernetes;

/// <summary>How many of each service run, how they roll, and whether budgets, services and policies select real pods.</summary>
public sealed class TopologyTests
{
    [Theory]
    [MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public async Task Poller_and_discord_gateway_run_one_replica_replaced_by_recreate(string overlay)
    {
        var rendered = await Overlays.RenderAsync(overlay);

        foreach (var name in new[] { "poller", "discord-gateway" })
        {
            var workload = rendered.Workload(name);
            Assert.Equal("1", workload.Replicas);
            Assert.Equal("Recreate", workload.Strategy);
        }
    }

    [Theory]
    [MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public async Task Metrics_and_renderer_roll_without_losing_capacity(string overlay)
    {
        var rendered = await Overlays.RenderAsync(overlay);

        foreach (var name in new[] { "metrics", "renderer" })
        {
            var workload = rendered.Workload(name);
            Assert.Equal("RollingUpdate", workload.Strategy);
            Assert.Equal("0", workload.Document.Text("spec", "strategy", "rollingUpdate", "maxUnavailable"));
        }
    }

    [Fact]
    public async Task Prod_runs_several_metrics_replicas_and_at_least_two_renderers()
    {
        var rendered = await Overlays.RenderAsync("prod");

        Assert.True(int.Parse(rendered.Workload("metrics").Replicas!, System.Globalization.CultureInfo.InvariantCulture) >= 2);
        Assert.True(int.Parse(rendered.Find("HorizontalPodAutoscaler", "renderer").Text("spec", "minReplicas")!, System.Globalization.CultureInfo.InvariantCulture) >= 2);
    }

    [Theory]
    [MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public async Task Renderer_is_scaled_by_its_autoscaler_alone(string overlay)
    {
        var rendered = await Overlays.RenderAsync(overlay);

        var hpa = rendered.Find("HorizontalPodAutoscaler", "renderer");
        Assert.NotNull(hpa);
        Assert.Equal("Deployment", hpa.Text("spec", "scaleTargetRef", "kind"));
        Assert.Equal("renderer", hpa.Text("spec", "scaleTargetRef", "name"));
        Assert.Null(rendered.Workload("renderer").Replicas);
    }

    [Theory]
    [MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public async Task Every_disruption_budget_covers_a_workload_that_can_lose_a_pod(string overlay)
    {
        var rendered = await Overlays.RenderAsync(overlay);

        foreach (var budget in rendered.OfKind("PodDisruptionBudget"))
        {
            var workload = Assert.Single(rendered.Workloads, w => LabelSelector.Matches(budget.At("spec", "selector"), w.PodLabels));
            var hpa = rendered.OfKind("HorizontalPodAutoscaler").FirstOrDefault(h => h.Text("spec", "scaleTargetRef", "name") == workload.Name);
            var least = int.Parse(hpa?.Text("spec", "minReplicas") ?? workload.Replicas ?? "1", System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(least >= 2, $"{overlay}: budget {budget.Text("metadata", "name")} would block drains of {least} pod(s)");
        }
    }

    [Theory]
    [MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public async Task Every_service_has_a_kubernetes_service_on_its_health_and_metrics_port(string overlay)
    {
        var rendered = await Overlays.RenderAsync(overlay);

        foreach (var workload in rendered.Services)
        {
            var service = rendered.Find("Service", workload.Name);
            Assert.NotNull(service);
            Assert.True(LabelSelector.MatchesMap(service.StringMap("spec", "selector"), workload.PodLabels));
            Assert.Contains(service.Items("spec", "ports"), p => p.Text("name") == "http" && p.Text("port") == "8080");
        }
    }

    [Theory]
    [MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public async Task Every_service_and_network_policy_selects_some_pod(string overlay)
    {
        var rendered = await Overlays.RenderAsync(overlay);
        var pods = rendered.Workloads.Select(w => w.PodLabels).ToList();

        var idleServices = rendered.OfKind("Service").Where(s => !pods.Any(p => LabelSelector.MatchesMap(s.StringMap("spec", "selector"), p)));
        var idlePolicies = rendered.OfKind("NetworkPolicy").Where(n => !pods.Any(p => LabelSelector.Matches(n.At("spec", "podSelector"), p)));
        Assert.Empty(idleServices.Select(s => s.Text("metadata", "name")));
        Assert.Empty(idlePolicies.Select(n => n.Text("metadata", "name")));
    }

    [Theory]
    [MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public async Task Redis_admits_exactly_the_services_given_a_redis_connection(string overlay)
    {
        var rendered = await Overlays.RenderAsync(overlay);
        var policy = rendered.Find("NetworkPolicy", "redis-from-stateful-services");

        var admitted = rendered.Services.Where(s => policy.Items("spec", "ingress").Any(rule =>
            rule.Items("from").Any(peer => LabelSelector.Matches(peer.Get("podSelector"), s.PodLabels)))).Select(s => s.Name);
        var clients = rendered.Services.Where(s =>
            ContainerEnvironment.Names(rendered, s.Containers[0]).Contains("Redis__ConnectionString")).Select(s => s.Name);
        Assert.Equal(clients.Order(), admitted.Order());
        Assert.NotEmpty(clients);
    }

    [Theory]
    [MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public async Task Rabbitmq_and_redis_keep_their_data_on_persistent_volumes(string overlay)
    {
        var rendered = await Overlays.RenderAsync(overlay);

        foreach (var (name, dataPath) in new[] { ("rabbitmq", "/var/lib/rabbitmq"), ("redis", "/data") })
        {
            var store = rendered.Workload(name);
            Assert.Equal("StatefulSet", store.Kind);
            var claim = Assert.Single(store.Document.Items("spec", "volumeClaimTemplates")).Text("metadata", "name");
            Assert.Contains(store.Containers[0].Items("volumeMounts"), m => m.Text("name") == claim && m.Text("mountPath") == dataPath);
            Assert.NotNull(rendered.Find("Service", store.Document.Text("spec", "serviceName")!));
        }

        var redisArgs = string.Join(' ', rendered.Workload("redis").Containers[0].Strings("args"));
        Assert.Contains("--appendonly yes", redisArgs, StringComparison.Ordinal);
    }
}

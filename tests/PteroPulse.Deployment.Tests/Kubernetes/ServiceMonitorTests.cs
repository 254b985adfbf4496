using PteroPulse.Deployment.Tests.Support;

namespace PteroPulse.Deployment.Tests.Kubernetes;

public sealed class ServiceMonitorTests
{
    [Fact]
    public async Task Only_the_prometheus_operator_overlay_needs_the_service_monitor_crd()
    {
        var plain = await Overlays.RenderAsync("prod");
        var monitored = await Overlays.RenderAsync("prod-prometheus-operator");

        Assert.Empty(plain.OfKind("ServiceMonitor"));
        Assert.Empty((await Overlays.RenderAsync("dev")).OfKind("ServiceMonitor"));
        Assert.Single(monitored.OfKind("ServiceMonitor"));
    }

    [Fact]
    public async Task Service_monitor_scrapes_metrics_of_every_service()
    {
        var rendered = await Overlays.RenderAsync("prod-prometheus-operator");
        var monitor = Assert.Single(rendered.OfKind("ServiceMonitor"));

        var endpoint = Assert.Single(monitor.Items("spec", "endpoints"));
        Assert.Equal("/metrics", endpoint.Text("path"));
        foreach (var workload in rendered.Services)
        {
            var service = rendered.Find("Service", workload.Name)!;
            Assert.True(LabelSelector.Matches(monitor.At("spec", "selector"), service.StringMap("metadata", "labels")), workload.Name);
            Assert.Contains(service.Items("spec", "ports"), p => p.Text("name") == endpoint.Text("port"));
        }
    }
}

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
        Assert.Equal(["pteropulse", "rabbitmq"], monitored.OfKind("ServiceMonitor").Select(m => m.Text("metadata", "name")).Order());
    }

    [Theory]
    [InlineData("pteropulse", "poller")]
    [InlineData("pteropulse", "metrics")]
    [InlineData("pteropulse", "renderer")]
    [InlineData("pteropulse", "discord-gateway")]
    [InlineData("rabbitmq", "rabbitmq")]
    public async Task Service_monitor_scrapes_the_metrics_port_of_its_service(string monitorName, string serviceName)
    {
        var rendered = await Overlays.RenderAsync("prod-prometheus-operator");
        var monitor = rendered.Find("ServiceMonitor", monitorName)!;
        var service = rendered.Find("Service", serviceName)!;

        var endpoint = Assert.Single(monitor.Items("spec", "endpoints"));
        Assert.Equal("/metrics", endpoint.Text("path"));
        Assert.True(LabelSelector.Matches(monitor.At("spec", "selector"), service.StringMap("metadata", "labels")));
        Assert.Contains(service.Items("spec", "ports"), p => p.Text("name") == endpoint.Text("port"));
    }
}

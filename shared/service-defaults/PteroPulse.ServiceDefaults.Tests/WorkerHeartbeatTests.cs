using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;
using PteroPulse.ServiceDefaults.Health;

namespace PteroPulse.ServiceDefaults.Tests;

public sealed class WorkerHeartbeatTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Reports_healthy_while_the_loop_beats_within_three_intervals()
    {
        var time = new FakeTimeProvider();
        var heartbeat = new WorkerHeartbeat("poll", Interval, time);
        time.Advance(Interval * 3);

        var result = await new HeartbeatHealthCheck([heartbeat]).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    [Fact]
    public async Task Reports_unhealthy_after_three_missed_intervals()
    {
        var time = new FakeTimeProvider();
        var heartbeat = new WorkerHeartbeat("poll", Interval, time);
        time.Advance(Interval * 3 + TimeSpan.FromMilliseconds(1));

        var result = await new HeartbeatHealthCheck([heartbeat]).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("poll", result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recovers_when_the_loop_beats_again()
    {
        var time = new FakeTimeProvider();
        var heartbeat = new WorkerHeartbeat("poll", Interval, time);
        time.Advance(Interval * 5);
        heartbeat.Beat();

        var result = await new HeartbeatHealthCheck([heartbeat]).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }
}

using PteroPulse.Poller.Polling;

namespace PteroPulse.Poller.Tests.Polling;

public sealed class PollCyclePlannerTests
{
    [Fact]
    public void Keeps_the_interval_when_the_budget_sustains_the_fleet()
    {
        var plan = PollCyclePlanner.Plan(90, TimeSpan.FromSeconds(10), budgetPerMinute: 576, TimeSpan.FromMinutes(1));

        Assert.False(plan.Adapted);
        Assert.Equal(TimeSpan.FromSeconds(10), plan.Cycle);
        Assert.Equal(95, plan.SustainableServers);
    }

    [Fact]
    public void Lengthens_the_cycle_to_what_the_budget_allows()
    {
        // 60/min less 20 % = 48/min; one list page a minute leaves 47 for 30 servers: 30/47 min ≈ 38.3 s.
        var plan = PollCyclePlanner.Plan(30, TimeSpan.FromSeconds(10), budgetPerMinute: 48, TimeSpan.FromMinutes(1));

        Assert.True(plan.Adapted);
        Assert.Equal(7, plan.SustainableServers);
        Assert.InRange(plan.Cycle.TotalSeconds, 38.2, 38.4);
    }

    [Fact]
    public void Keeps_the_interval_while_the_limit_is_unknown()
    {
        var plan = PollCyclePlanner.Plan(10_000, TimeSpan.FromSeconds(10), budgetPerMinute: null, TimeSpan.FromMinutes(1));

        Assert.False(plan.Adapted);
        Assert.Equal(TimeSpan.FromSeconds(10), plan.Cycle);
    }
}

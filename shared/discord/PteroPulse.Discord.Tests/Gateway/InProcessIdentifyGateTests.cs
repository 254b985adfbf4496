using Microsoft.Extensions.Time.Testing;
using PteroPulse.Discord.Gateway;
using PteroPulse.Discord.Models;

namespace PteroPulse.Discord.Tests.Gateway;

public sealed class InProcessIdentifyGateTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task Spaces_identifies_of_one_rate_limit_key_five_and_a_half_seconds_apart()
    {
        var gate = new InProcessIdentifyGate(_time);
        await gate.WaitAsync(0, 1, TestContext.Current.CancellationToken);

        var second = gate.WaitAsync(1, 1, TestContext.Current.CancellationToken);
        _time.Advance(TimeSpan.FromSeconds(5.4));
        await Task.Delay(20, TestContext.Current.CancellationToken);
        Assert.False(second.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(0.1));
        await second.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Lets_shards_of_different_keys_identify_together_up_to_max_concurrency()
    {
        var gate = new InProcessIdentifyGate(_time);

        await gate.WaitAsync(0, 2, TestContext.Current.CancellationToken);
        var other = gate.WaitAsync(1, 2, TestContext.Current.CancellationToken);

        Assert.True(other.IsCompleted);
    }

    [Fact]
    public async Task Waits_for_the_budget_reset_instead_of_identifying_when_the_daily_budget_is_used_up()
    {
        var gate = new InProcessIdentifyGate(_time);
        gate.UseSessionStartLimit(new SessionStartLimit { Total = 1000, Remaining = 0, ResetAfter = 600_000, MaxConcurrency = 1 });

        var identify = gate.WaitAsync(0, 1, TestContext.Current.CancellationToken);
        _time.Advance(TimeSpan.FromMinutes(9.9));
        await Task.Delay(20, TestContext.Current.CancellationToken);
        Assert.False(identify.IsCompleted);

        _time.Advance(TimeSpan.FromMinutes(0.1));
        await identify.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Counts_identifies_down_from_the_budget_discord_reported()
    {
        var gate = new InProcessIdentifyGate(_time);
        gate.UseSessionStartLimit(new SessionStartLimit { Total = 1000, Remaining = 2, ResetAfter = 600_000, MaxConcurrency = 16 });

        await gate.WaitAsync(0, 16, TestContext.Current.CancellationToken);
        await gate.WaitAsync(1, 16, TestContext.Current.CancellationToken);
        var third = gate.WaitAsync(2, 16, TestContext.Current.CancellationToken);

        Assert.Equal(0, gate.Remaining);
        Assert.False(third.IsCompleted);
    }
}

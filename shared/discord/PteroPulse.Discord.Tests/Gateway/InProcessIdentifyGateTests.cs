using Microsoft.Extensions.Time.Testing;
using PteroPulse.Discord.Gateway;

namespace PteroPulse.Discord.Tests.Gateway;

public sealed class InProcessIdentifyGateTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task Spaces_identifies_of_one_rate_limit_key_five_seconds_apart()
    {
        var gate = new InProcessIdentifyGate(_time);
        await gate.WaitAsync(0, 1, TestContext.Current.CancellationToken);

        var second = gate.WaitAsync(1, 1, TestContext.Current.CancellationToken);
        _time.Advance(TimeSpan.FromSeconds(4.9));
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
}

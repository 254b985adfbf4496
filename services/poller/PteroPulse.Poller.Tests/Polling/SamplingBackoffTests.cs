using PteroPulse.Contracts;
using PteroPulse.Poller.Polling;

namespace PteroPulse.Poller.Tests.Polling;

public sealed class SamplingBackoffTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(ServerPowerState.Suspended, 60)]
    [InlineData(ServerPowerState.Installing, 60)]
    [InlineData(ServerPowerState.Transferring, 60)]
    [InlineData(ServerPowerState.Restoring, 60)]
    [InlineData(ServerPowerState.Unreachable, 30)]
    public void Waits_before_asking_again_about_a_server_the_panel_cannot_answer_for(ServerPowerState state, int seconds)
    {
        var backoff = new SamplingBackoff();

        backoff.Record("srv1", state, Now);

        Assert.False(backoff.IsDue("srv1", Now.AddSeconds(seconds - 1)));
        Assert.True(backoff.IsDue("srv1", Now.AddSeconds(seconds)));
        Assert.True(backoff.IsDue("srv2", Now));
    }

    [Theory]
    [InlineData(ServerPowerState.Running)]
    [InlineData(ServerPowerState.Offline)]
    [InlineData(null)]
    public void Asks_again_next_cycle_about_a_server_that_answered(ServerPowerState? state)
    {
        var backoff = new SamplingBackoff();
        backoff.Record("srv1", ServerPowerState.Suspended, Now);

        backoff.Record("srv1", state, Now.AddMinutes(1));

        Assert.True(backoff.IsDue("srv1", Now.AddMinutes(1)));
    }
}

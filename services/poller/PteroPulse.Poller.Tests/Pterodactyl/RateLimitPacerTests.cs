using Microsoft.Extensions.Time.Testing;
using PteroPulse.Poller.Pterodactyl;

namespace PteroPulse.Poller.Tests.Pterodactyl;

public sealed class RateLimitPacerTests
{
    [Fact]
    public void Lets_requests_through_at_once_while_the_limit_is_unknown()
    {
        var pacer = new RateLimitPacer(new FakeTimeProvider(), 0.2, TimeSpan.FromMinutes(1));

        var turns = Enumerable.Range(0, 5).Select(_ => pacer.WaitTurnAsync(TestContext.Current.CancellationToken)).ToList();

        Assert.All(turns, t => Assert.True(t.IsCompleted));
    }

    [Fact]
    public void Spaces_requests_evenly_at_the_limit_less_the_reserve()
    {
        var time = new FakeTimeProvider();
        var pacer = new RateLimitPacer(time, 0.2, TimeSpan.FromMinutes(1));
        pacer.Observe(limit: 60, remaining: 59, retryAfter: null);

        var turns = Enumerable.Range(0, 3).Select(_ => pacer.WaitTurnAsync(TestContext.Current.CancellationToken)).ToList();
        time.Advance(TimeSpan.FromSeconds(1.24));
        var secondEarly = turns[1].IsCompleted;
        time.Advance(TimeSpan.FromSeconds(0.01));

        // 60 × 0.8 = 48 a minute: one every 1.25 s.
        Assert.True(turns[0].IsCompleted);
        Assert.False(secondEarly);
        Assert.True(turns[1].IsCompleted);
        Assert.False(turns[2].IsCompleted);
        Assert.Equal(48, pacer.BudgetPerMinute);
    }

    [Fact]
    public void Pauses_everything_for_retry_after_on_a_429()
    {
        var time = new FakeTimeProvider();
        var pacer = new RateLimitPacer(time, 0.2, TimeSpan.FromMinutes(1));
        pacer.Observe(limit: 720, remaining: 0, retryAfter: TimeSpan.FromSeconds(37));

        var turn = pacer.WaitTurnAsync(TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromSeconds(36));
        var early = turn.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.False(early);
        Assert.True(turn.IsCompleted);
    }
}

using Microsoft.Extensions.Time.Testing;
using PteroPulse.DiscordGateway.Access;

namespace PteroPulse.DiscordGateway.Tests.Access;

public sealed class PowerCooldownTests
{
    private readonly FakeTimeProvider _time = new(Samples.Now);
    private readonly PowerCooldown _cooldown;

    public PowerCooldownTests() =>
        _cooldown = new PowerCooldown(Samples.Options(o => o.PowerCooldown = TimeSpan.FromSeconds(10)), _time);

    [Fact]
    public void Refuses_a_second_press_within_the_cooldown_and_says_how_long()
    {
        Assert.True(_cooldown.TryPress(1, "a", out _));
        _time.Advance(TimeSpan.FromSeconds(3));

        var allowed = _cooldown.TryPress(1, "a", out var remaining);

        Assert.False(allowed);
        Assert.Equal(TimeSpan.FromSeconds(7), remaining);
    }

    [Fact]
    public void Allows_the_next_press_once_the_cooldown_is_over()
    {
        Assert.True(_cooldown.TryPress(1, "a", out _));
        _time.Advance(TimeSpan.FromSeconds(10));

        Assert.True(_cooldown.TryPress(1, "a", out _));
    }

    [Fact]
    public void Keeps_cooldowns_per_member_and_per_server()
    {
        Assert.True(_cooldown.TryPress(1, "a", out _));

        Assert.True(_cooldown.TryPress(2, "a", out _));
        Assert.True(_cooldown.TryPress(1, "b", out _));
    }

    [Fact]
    public void Does_not_extend_the_cooldown_with_refused_presses()
    {
        Assert.True(_cooldown.TryPress(1, "a", out _));
        _time.Advance(TimeSpan.FromSeconds(9));
        Assert.False(_cooldown.TryPress(1, "a", out _));
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.True(_cooldown.TryPress(1, "a", out _));
    }
}

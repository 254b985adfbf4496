using System.Globalization;
using System.Net;

namespace PteroPulse.Emulators.Panel.Tests;

/// <summary>§9: a fixed window per user, separate buckets, the headers and the 429.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task Defaults_to_the_1_11_limits_and_counts_down_remaining()
    {
        await using var panel = await PanelFixture.StartAsync();

        using var first = await panel.GetAsync("/api/client/account", panel.Panel.OwnerClientKey);
        using var second = await panel.GetAsync("/api/client/account", panel.Panel.OwnerClientKey);

        Assert.Equal("720", first.Headers.GetValues("X-RateLimit-Limit").Single());
        Assert.Equal("719", first.Headers.GetValues("X-RateLimit-Remaining").Single());
        Assert.Equal("718", second.Headers.GetValues("X-RateLimit-Remaining").Single());
    }

    [Fact]
    public async Task Answers_429_with_retry_after_reset_and_the_exact_body_once_the_window_is_spent()
    {
        await using var panel = await PanelFixture.StartAsync(o => o.ClientRateLimit = 2);
        using var a = await panel.GetAsync("/api/client/account", panel.Panel.OwnerClientKey);
        panel.Time.Advance(TimeSpan.FromSeconds(23));
        using var b = await panel.GetAsync("/api/client/account", panel.Panel.OwnerClientKey);

        using var refused = await panel.GetAsync("/api/client/account", panel.Panel.OwnerClientKey);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("""{"errors":[{"code":"ThrottleRequestsException","status":"429","detail":"Too Many Attempts."}]}""", await PanelFixture.BodyAsync(refused));
        Assert.Equal("37", refused.Headers.GetValues("Retry-After").Single());
        Assert.Equal("0", refused.Headers.GetValues("X-RateLimit-Remaining").Single());
        var reset = long.Parse(refused.Headers.GetValues("X-RateLimit-Reset").Single(), CultureInfo.InvariantCulture);
        Assert.Equal(panel.Time.GetUtcNow().AddSeconds(37).ToUnixTimeSeconds(), reset);
    }

    [Fact]
    public async Task Opens_a_new_window_after_the_period_and_does_not_count_refused_requests()
    {
        await using var panel = await PanelFixture.StartAsync(o => o.ClientRateLimit = 1);
        using var spent = await panel.GetAsync("/api/client/account", panel.Panel.OwnerClientKey);
        using var refused1 = await panel.GetAsync("/api/client/account", panel.Panel.OwnerClientKey);
        using var refused2 = await panel.GetAsync("/api/client/account", panel.Panel.OwnerClientKey);
        panel.Time.Advance(TimeSpan.FromSeconds(60));

        using var allowed = await panel.GetAsync("/api/client/account", panel.Panel.OwnerClientKey);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused2.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal("0", allowed.Headers.GetValues("X-RateLimit-Remaining").Single());
        Assert.Equal(2, panel.Panel.Requests.Throttled);
    }

    [Fact]
    public async Task Keeps_client_and_application_buckets_apart_and_shares_one_bucket_across_a_users_keys()
    {
        await using var panel = await PanelFixture.StartAsync(o => { o.ClientRateLimit = 1; o.ApplicationRateLimit = 5; });
        using var client = await panel.GetAsync("/api/client/account", panel.Panel.AdminClientKey);

        using var application = await panel.GetAsync("/api/application/nodes", panel.Panel.AdminApplicationKey);
        using var sameUser = await panel.GetAsync("/api/client/account", panel.Panel.AdminClientKey);
        using var otherUser = await panel.GetAsync("/api/client/account", panel.Panel.OwnerClientKey);

        Assert.Equal(HttpStatusCode.OK, application.StatusCode);
        Assert.Equal("5", application.Headers.GetValues("X-RateLimit-Limit").Single());
        Assert.Equal(HttpStatusCode.TooManyRequests, sameUser.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherUser.StatusCode);
    }

    [Fact]
    public async Task Uses_256_per_minute_in_pelican_mode()
    {
        await using var panel = await PanelFixture.StartAsync(o => o.Flavor = PanelFlavor.Pelican);

        using var response = await panel.GetAsync("/api/client/account", panel.Panel.OwnerClientKey);

        Assert.Equal("256", response.Headers.GetValues("X-RateLimit-Limit").Single());
    }
}

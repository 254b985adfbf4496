using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PteroPulse.Discord.Rest;
using PteroPulse.Discord.Rest.RateLimits;

namespace PteroPulse.Discord.Tests.Rest;

public sealed class InProcessRateLimitCoordinatorTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly InProcessRateLimitCoordinator _coordinator;

    public InProcessRateLimitCoordinatorTests() =>
        _coordinator = new InProcessRateLimitCoordinator(_time, Options.Create(new DiscordOptions { GlobalRequestsPerSecond = 50 }));

    private static readonly RestRoute Edit1 = RestRoute.From(HttpMethod.Patch, "channels/1/messages/10");
    private static readonly RestRoute Edit2 = RestRoute.From(HttpMethod.Patch, "channels/2/messages/20");
    private static readonly RestRoute Callback = RestRoute.From(HttpMethod.Post, "interactions/5/tok/callback");

    [Fact]
    public async Task Lets_only_one_request_through_on_a_route_whose_bucket_is_unknown()
    {
        using var first = await _coordinator.AcquireAsync(Edit1, TestContext.Current.CancellationToken);

        var second = _coordinator.AcquireAsync(Edit1, TestContext.Current.CancellationToken).AsTask();
        await Task.Delay(20, TestContext.Current.CancellationToken);

        Assert.False(second.IsCompleted);
        first.Complete(Ok(remaining: 4));
        first.Dispose();
        (await second).Dispose();
    }

    [Fact]
    public async Task Waits_for_the_reset_when_the_bucket_is_empty()
    {
        using (var lease = await _coordinator.AcquireAsync(Edit1, TestContext.Current.CancellationToken))
        {
            lease.Complete(Ok(remaining: 0, resetAfter: 2));
        }

        var next = _coordinator.AcquireAsync(Edit1, TestContext.Current.CancellationToken).AsTask();
        _time.Advance(TimeSpan.FromSeconds(1.9));
        await Task.Delay(20, TestContext.Current.CancellationToken);
        Assert.False(next.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(0.2));
        (await next.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken)).Dispose();
    }

    [Fact]
    public async Task Keeps_buckets_of_different_channels_apart()
    {
        using (var lease = await _coordinator.AcquireAsync(Edit1, TestContext.Current.CancellationToken))
        {
            lease.Complete(Ok(remaining: 0, resetAfter: 5));
        }

        using var other = await _coordinator.AcquireAsync(Edit2, TestContext.Current.CancellationToken).AsTask()
            .WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        Assert.NotNull(other);
    }

    [Fact]
    public async Task Sends_as_many_requests_as_the_bucket_has_left_without_waiting()
    {
        using (var lease = await _coordinator.AcquireAsync(Edit1, TestContext.Current.CancellationToken))
        {
            lease.Complete(Ok(remaining: 3, resetAfter: 5));
        }

        for (var i = 0; i < 3; i++)
        {
            using var lease = await _coordinator.AcquireAsync(Edit1, TestContext.Current.CancellationToken).AsTask()
                .WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
            lease.Complete(Ok(remaining: 2 - i, resetAfter: 5));
        }

        var blocked = _coordinator.AcquireAsync(Edit1, TestContext.Current.CancellationToken).AsTask();
        await Task.Delay(20, TestContext.Current.CancellationToken);
        Assert.False(blocked.IsCompleted);
        // The reset plus the few milliseconds of margin for Discord's rounding.
        _time.Advance(TimeSpan.FromSeconds(5.01));
        (await blocked.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken)).Dispose();
    }

    [Fact]
    public async Task Pauses_other_routes_after_a_global_429_but_not_interaction_callbacks()
    {
        using (var lease = await _coordinator.AcquireAsync(Edit1, TestContext.Current.CancellationToken))
        {
            lease.Complete(new RateLimitResponse
            {
                StatusCode = HttpStatusCode.TooManyRequests, ReceivedAt = _time.GetUtcNow(), RetryAfter = TimeSpan.FromSeconds(3),
                IsGlobal = true, Scope = RateLimitScope.Global,
            });
        }

        var edit = _coordinator.AcquireAsync(Edit2, TestContext.Current.CancellationToken).AsTask();
        using var callback = await _coordinator.AcquireAsync(Callback, TestContext.Current.CancellationToken).AsTask()
            .WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        await Task.Delay(20, TestContext.Current.CancellationToken);

        Assert.False(edit.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(3));
        (await edit.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken)).Dispose();
    }

    [Fact]
    public async Task Holds_the_global_limit_of_50_per_second()
    {
        for (var channel = 0; channel < 50; channel++)
        {
            using var lease = await _coordinator.AcquireAsync(RestRoute.From(HttpMethod.Get, $"channels/{channel + 100}"), TestContext.Current.CancellationToken);
        }

        var fiftyFirst = _coordinator.AcquireAsync(RestRoute.From(HttpMethod.Get, "channels/999"), TestContext.Current.CancellationToken).AsTask();
        await Task.Delay(20, TestContext.Current.CancellationToken);

        Assert.False(fiftyFirst.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1.1));
        (await fiftyFirst.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken)).Dispose();
    }

    [Fact]
    public async Task Pauses_the_route_for_retry_after_on_a_429_without_bucket_headers()
    {
        using (var lease = await _coordinator.AcquireAsync(Edit1, TestContext.Current.CancellationToken))
        {
            lease.Complete(new RateLimitResponse
            {
                StatusCode = HttpStatusCode.TooManyRequests, ReceivedAt = _time.GetUtcNow(), RetryAfter = TimeSpan.FromSeconds(40), Scope = RateLimitScope.Shared,
            });
        }

        var next = _coordinator.AcquireAsync(Edit1, TestContext.Current.CancellationToken).AsTask();
        _time.Advance(TimeSpan.FromSeconds(39));
        await Task.Delay(20, TestContext.Current.CancellationToken);
        Assert.False(next.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(1));
        (await next.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken)).Dispose();
    }

    private RateLimitResponse Ok(int remaining, double resetAfter = 5) => new()
    {
        StatusCode = HttpStatusCode.OK, ReceivedAt = _time.GetUtcNow(), Bucket = "edit-bucket", Limit = 5, Remaining = remaining,
        ResetAfter = TimeSpan.FromSeconds(resetAfter),
    };
}

using System.Collections.Concurrent;
using PteroPulse.DiscordGateway.Updates;

namespace PteroPulse.DiscordGateway.Tests.Updates;

public sealed class EmbedUpdateQueueTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Coalesces_changes_that_arrive_while_an_edit_is_running()
    {
        var firstStarted = new TaskCompletionSource();
        var releaseFirst = new TaskCompletionSource();
        var applied = new ConcurrentQueue<string>();
        await using var queue = new EmbedUpdateQueue<string>(async (_, _, update, _) =>
        {
            applied.Enqueue(update);
            if (update == "v1")
            {
                firstStarted.SetResult();
                await releaseFirst.Task;
            }
        }, maxParallel: 4);

        queue.Enqueue(1, "a", "v1", 1);
        await firstStarted.Task.WaitAsync(Patience, TestContext.Current.CancellationToken);
        for (var v = 2; v <= 20; v++)
        {
            queue.Enqueue(1, "a", $"v{v}", v);
        }

        releaseFirst.SetResult();
        await queue.WhenIdleAsync(TestContext.Current.CancellationToken).WaitAsync(Patience, TestContext.Current.CancellationToken);

        Assert.Equal(["v1", "v20"], applied);
    }

    [Fact]
    public async Task Reports_each_update_folded_into_one_already_waiting()
    {
        var firstStarted = new TaskCompletionSource();
        var releaseFirst = new TaskCompletionSource();
        var coalesced = 0;
        await using var queue = new EmbedUpdateQueue<string>(async (_, _, update, _) =>
        {
            if (update == "v1")
            {
                firstStarted.SetResult();
                await releaseFirst.Task;
            }
        }, maxParallel: 4, onCoalesced: () => Interlocked.Increment(ref coalesced));

        queue.Enqueue(1, "a", "v1", 1);
        await firstStarted.Task.WaitAsync(Patience, TestContext.Current.CancellationToken);
        queue.Enqueue(1, "a", "v2", 2);
        queue.Enqueue(1, "a", "v3", 3);
        queue.Enqueue(1, "a", "stale", 0);
        queue.Enqueue(1, "b", "other embed", 1);
        releaseFirst.SetResult();
        await queue.WhenIdleAsync(TestContext.Current.CancellationToken).WaitAsync(Patience, TestContext.Current.CancellationToken);

        Assert.Equal(2, coalesced);
    }

    [Fact]
    public async Task Applies_one_channels_edits_one_at_a_time_in_order()
    {
        var running = 0;
        var maxRunning = 0;
        var applied = new ConcurrentQueue<string>();
        await using var queue = new EmbedUpdateQueue<string>(async (_, server, _, _) =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref maxRunning, now);
            await Task.Yield();
            applied.Enqueue(server);
            Interlocked.Decrement(ref running);
        }, maxParallel: 4);

        foreach (var server in new[] { "a", "b", "c", "d", "e" })
        {
            queue.Enqueue(7, server, "x", 1);
        }

        await queue.WhenIdleAsync(TestContext.Current.CancellationToken).WaitAsync(Patience, TestContext.Current.CancellationToken);

        Assert.Equal(["a", "b", "c", "d", "e"], applied);
        Assert.Equal(1, maxRunning);
    }

    [Fact]
    public async Task Works_on_different_channels_in_parallel()
    {
        var bothRunning = new TaskCompletionSource();
        var running = 0;
        await using var queue = new EmbedUpdateQueue<string>(async (_, _, _, ct) =>
        {
            if (Interlocked.Increment(ref running) == 2)
            {
                bothRunning.TrySetResult();
            }

            await bothRunning.Task.WaitAsync(ct);
        }, maxParallel: 2);

        queue.Enqueue(1, "a", "x", 1);
        queue.Enqueue(2, "a", "x", 1);

        await bothRunning.Task.WaitAsync(Patience, TestContext.Current.CancellationToken);
        await queue.WhenIdleAsync(TestContext.Current.CancellationToken).WaitAsync(Patience, TestContext.Current.CancellationToken);
        Assert.Equal(2, running);
    }

    [Fact]
    public async Task Goes_on_with_the_channel_after_one_edit_fails()
    {
        var errors = new ConcurrentQueue<Exception>();
        var applied = new ConcurrentQueue<string>();
        await using var queue = new EmbedUpdateQueue<string>((_, server, _, _) =>
        {
            if (server == "a")
            {
                throw new InvalidOperationException("boom");
            }

            applied.Enqueue(server);
            return Task.CompletedTask;
        }, maxParallel: 1, errors.Enqueue);

        queue.Enqueue(1, "a", "x", 1);
        queue.Enqueue(1, "b", "x", 1);
        await queue.WhenIdleAsync(TestContext.Current.CancellationToken).WaitAsync(Patience, TestContext.Current.CancellationToken);

        Assert.Equal(["b"], applied);
        Assert.Single(errors);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}

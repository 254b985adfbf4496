using PteroPulse.DiscordGateway.Updates;

namespace PteroPulse.DiscordGateway.Tests.Updates;

public sealed class CoalescingQueueTests
{
    private readonly CoalescingQueue<string> _queue = new();

    private List<(string Server, string Update)> Drain(ulong channel)
    {
        var drained = new List<(string, string)>();
        while (_queue.TryDequeue(channel, out var server, out var update))
        {
            drained.Add((server, update));
        }

        return drained;
    }

    [Fact]
    public void Replaces_a_queued_update_with_a_newer_one()
    {
        _queue.Enqueue(1, "a", "running", 1);
        _queue.Enqueue(1, "a", "offline", 2);
        _queue.Enqueue(1, "a", "starting", 3);

        Assert.Equal([("a", "starting")], Drain(1));
    }

    [Fact]
    public void Keeps_the_channel_order_of_first_arrival()
    {
        _queue.Enqueue(1, "a", "a1", 1);
        _queue.Enqueue(1, "b", "b1", 2);
        _queue.Enqueue(1, "c", "c1", 3);
        _queue.Enqueue(1, "a", "a2", 4);

        Assert.Equal([("a", "a2"), ("b", "b1"), ("c", "c1")], Drain(1));
    }

    [Fact]
    public void Drops_an_update_older_than_one_already_queued()
    {
        _queue.Enqueue(1, "a", "new", 5);

        var accepted = _queue.Enqueue(1, "a", "old", 4);

        Assert.False(accepted);
        Assert.Equal([("a", "new")], Drain(1));
    }

    [Fact]
    public void Drops_an_update_older_than_one_already_applied()
    {
        _queue.Enqueue(1, "a", "new", 5);
        Drain(1);

        Assert.False(_queue.Enqueue(1, "a", "old", 4));
        Assert.Equal(0, _queue.Count);
    }

    [Fact]
    public void Keeps_channels_apart()
    {
        _queue.Enqueue(1, "a", "in one", 1);
        _queue.Enqueue(2, "a", "in two", 1);

        Assert.Equal([("a", "in one")], Drain(1));
        Assert.Equal([("a", "in two")], Drain(2));
    }

    [Fact]
    public void Forgets_a_location_and_its_versions()
    {
        _queue.Enqueue(1, "a", "x", 5);
        _queue.Forget(1, "a");

        Assert.Empty(Drain(1));
        Assert.True(_queue.Enqueue(1, "a", "after repost", 1));
    }
}

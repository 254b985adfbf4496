using PteroPulse.DiscordGateway.Locations;

namespace PteroPulse.DiscordGateway.Tests.Locations;

/// <summary>One behaviour suite for every <see cref="IEmbedLocationStore"/>: the Redis and the JSON-file store must agree.</summary>
public abstract class EmbedLocationStoreContract
{
    protected static readonly EmbedLocation A = new(10, 100, 1000, "aaaa1111");
    protected static readonly EmbedLocation B = new(10, 100, 1001, "bbbb2222");
    protected static readonly EmbedLocation C = new(10, 101, 1002, "aaaa1111");
    protected static readonly EmbedLocation OtherGuild = new(20, 200, 2000, "aaaa1111");

    /// <summary>A store; called twice in one test with <paramref name="again"/> true it must see the same data (a restart).</summary>
    protected abstract IEmbedLocationStore CreateStore(bool again = false);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Finds_locations_by_server_guild_and_all()
    {
        var store = CreateStore();
        foreach (var location in new[] { A, B, C, OtherGuild })
        {
            await store.SaveAsync(location, Ct);
        }

        Assert.Equal([A, C, OtherGuild], await store.GetByServerAsync("aaaa1111", Ct));
        Assert.Equal([A, B, C], await store.GetByGuildAsync(10, Ct));
        Assert.Equal(4, (await store.GetAllAsync(Ct)).Count);
    }

    [Fact]
    public async Task Replaces_the_embed_of_the_same_server_in_the_same_channel_and_returns_the_old_one()
    {
        var store = CreateStore();
        await store.SaveAsync(A, Ct);

        var replaced = await store.SaveAsync(A with { MessageId = 5000 }, Ct);

        Assert.Equal(A, replaced);
        Assert.Equal([A with { MessageId = 5000 }], await store.GetByServerAsync(A.ServerId, Ct));
    }

    [Fact]
    public async Task Returns_nothing_replaced_for_a_new_location()
    {
        var store = CreateStore();

        Assert.Null(await store.SaveAsync(A, Ct));
    }

    [Fact]
    public async Task Removes_a_location_only_while_it_names_the_same_message()
    {
        var store = CreateStore();
        await store.SaveAsync(A with { MessageId = 5000 }, Ct);

        var stale = await store.RemoveAsync(A, Ct);
        var current = await store.RemoveAsync(A with { MessageId = 5000 }, Ct);

        Assert.False(stale);
        Assert.True(current);
        Assert.Empty(await store.GetAllAsync(Ct));
    }

    [Fact]
    public async Task Removes_every_location_of_a_deleted_channel()
    {
        var store = CreateStore();
        foreach (var location in new[] { A, B, C })
        {
            await store.SaveAsync(location, Ct);
        }

        var removed = await store.RemoveChannelAsync(100, Ct);

        Assert.Equal(2, removed);
        Assert.Equal([C], await store.GetAllAsync(Ct));
    }

    [Fact]
    public async Task Pauses_and_resumes_a_location()
    {
        var store = CreateStore();
        await store.SaveAsync(A, Ct);

        Assert.True(await store.SetPausedAsync(A, true, Ct));
        Assert.True((await store.GetByServerAsync(A.ServerId, Ct)).Single().Paused);
        Assert.True(await store.SetPausedAsync(A, false, Ct));
        Assert.False((await store.GetByServerAsync(A.ServerId, Ct)).Single().Paused);
    }

    [Fact]
    public async Task Does_not_pause_a_location_that_moved_to_another_message()
    {
        var store = CreateStore();
        await store.SaveAsync(A with { MessageId = 5000 }, Ct);

        Assert.False(await store.SetPausedAsync(A, true, Ct));
        Assert.False((await store.GetByServerAsync(A.ServerId, Ct)).Single().Paused);
    }

    [Fact]
    public async Task Keeps_snowflakes_beyond_two_to_the_fifty_three_exact()
    {
        var store = CreateStore();
        var big = new EmbedLocation(1290000000000000001, 1301234567890123457, 1330000000000000043, "5e8b2c41");
        await store.SaveAsync(big, Ct);

        Assert.True(await store.RemoveAsync(big, Ct));
    }

    [Fact]
    public async Task Survives_a_restart()
    {
        var store = CreateStore();
        await store.SaveAsync(A, Ct);
        await store.SaveAsync(B with { Paused = true }, Ct);

        var reopened = CreateStore(again: true);

        Assert.Equal([A, B with { Paused = true }], await reopened.GetAllAsync(Ct));
    }
}

using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using PteroPulse.Discord.Models;
using PteroPulse.Discord.Rest;
using PteroPulse.DiscordGateway.Audit;
using PteroPulse.DiscordGateway.Embeds;
using PteroPulse.DiscordGateway.Locations;
using PteroPulse.DiscordGateway.Updates;

namespace PteroPulse.DiscordGateway.Tests.Updates;

/// <summary>What the editor does with each Discord refusal; the emulator tests show the same against real HTTP.</summary>
public sealed class EmbedEditorTests : IDisposable
{
    private const ulong AuditChannel = 777;
    private static readonly EmbedLocation Location = new(10, 100, 1000, "5e8b2c41");

    private readonly IDiscordRestClient _rest = Substitute.For<IDiscordRestClient>();
    private readonly FakeTimeProvider _time = new(Samples.Now);
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"pteropulse-editor-{Guid.NewGuid():N}.json");
    private readonly JsonFileEmbedLocationStore _store;
    private readonly EmbedEditor _editor;

    public EmbedEditorTests()
    {
        _store = new JsonFileEmbedLocationStore(_file);
        var options = Samples.Options(o => o.AuditChannelId = AuditChannel);
        _editor = new EmbedEditor(_rest, _store, new AuditTrail(_rest, options, NullLogger<AuditTrail>.Instance), _time, NullLogger<EmbedEditor>.Instance);
    }

    private static StatusMessage Message => StatusEmbedBuilder.Build(new StatusEmbedInput(Samples.Server(), Samples.Summary(), Samples.Now));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DiscordRestException Refusal(int code, HttpStatusCode status) => new(status, code, "refused", "PATCH /channels/{id}/messages/{id}", []);

    private void EditFails(int code, HttpStatusCode status) =>
        _rest.EditMessageAsync(Location.ChannelId, Location.MessageId, Arg.Any<MessageProperties>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(Refusal(code, status));

    [Fact]
    public async Task Edits_the_stored_message_with_embed_buttons_and_graph()
    {
        await _store.SaveAsync(Location, Ct);

        await _editor.ApplyAsync(Location.ChannelId, Location.ServerId, Message, Ct);

        await _rest.Received(1).EditMessageAsync(100, 1000,
            Arg.Is<MessageProperties>(m => m.Embeds!.Single().Title == "Midgard (Valheim)" && m.Components!.Count == 1),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Forgets_the_location_when_the_message_was_deleted()
    {
        await _store.SaveAsync(Location, Ct);
        EditFails(10008, HttpStatusCode.NotFound);
        EmbedLocation? forgotten = null;
        _editor.Forgotten += l => forgotten = l;

        await _editor.ApplyAsync(Location.ChannelId, Location.ServerId, Message, Ct);

        Assert.Empty(await _store.GetAllAsync(Ct));
        Assert.Equal(Location, forgotten);
    }

    [Fact]
    public async Task Forgets_every_embed_of_a_deleted_channel()
    {
        await _store.SaveAsync(Location, Ct);
        await _store.SaveAsync(Location with { ServerId = "9f04d7aa", MessageId = 1001 }, Ct);
        await _store.SaveAsync(Location with { ChannelId = 101, MessageId = 1002 }, Ct);
        EditFails(10003, HttpStatusCode.NotFound);

        await _editor.ApplyAsync(Location.ChannelId, Location.ServerId, Message, Ct);

        Assert.Equal([Location with { ChannelId = 101, MessageId = 1002 }], await _store.GetAllAsync(Ct));
    }

    [Theory]
    [InlineData(50001)]
    [InlineData(50013)]
    public async Task Pauses_the_embed_and_says_so_once_when_access_is_lost(int code)
    {
        await _store.SaveAsync(Location, Ct);
        EditFails(code, HttpStatusCode.Forbidden);

        await _editor.ApplyAsync(Location.ChannelId, Location.ServerId, Message, Ct);
        await _editor.ApplyAsync(Location.ChannelId, Location.ServerId, Message, Ct);

        Assert.True((await _store.GetAllAsync(Ct)).Single().Paused);
        await _rest.Received(1).EditMessageAsync(100, 1000, Arg.Any<MessageProperties>(), Arg.Any<CancellationToken>());
        await _rest.Received(1).CreateMessageAsync(AuditChannel, Arg.Is<MessageProperties>(m => m.Content!.Contains("paused")), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Reposts_deletes_the_old_message_and_moves_the_location_on_the_old_message_edit_limit()
    {
        await _store.SaveAsync(Location, Ct);
        EditFails(30046, HttpStatusCode.BadRequest);
        _rest.CreateMessageAsync(Location.ChannelId, Arg.Any<MessageProperties>(), Arg.Any<CancellationToken>())
            .Returns(new DiscordMessage { Id = 2000, ChannelId = Location.ChannelId });

        await _editor.ApplyAsync(Location.ChannelId, Location.ServerId, Message, Ct);

        Assert.Equal([Location with { MessageId = 2000 }], await _store.GetAllAsync(Ct));
        await _rest.Received(1).DeleteMessageAsync(100, 1000, Arg.Any<string?>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Reposts_an_old_message_whose_edits_stay_rate_limited()
    {
        var old = Location with { MessageId = Snowflake(Samples.Now.AddHours(-2)) };
        await _store.SaveAsync(old, Ct);
        _rest.EditMessageAsync(old.ChannelId, old.MessageId, Arg.Any<MessageProperties>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new DiscordRateLimitedException("PATCH /channels/{id}/messages/{id}", TimeSpan.FromSeconds(20), global: false));
        _rest.CreateMessageAsync(old.ChannelId, Arg.Any<MessageProperties>(), Arg.Any<CancellationToken>())
            .Returns(new DiscordMessage { Id = Snowflake(Samples.Now), ChannelId = old.ChannelId });

        await _editor.ApplyAsync(old.ChannelId, old.ServerId, Message, Ct);

        Assert.Equal([old with { MessageId = Snowflake(Samples.Now) }], await _store.GetAllAsync(Ct));
    }

    [Fact]
    public async Task Keeps_a_young_message_that_was_rate_limited()
    {
        var young = Location with { MessageId = Snowflake(Samples.Now.AddMinutes(-5)) };
        await _store.SaveAsync(young, Ct);
        _rest.EditMessageAsync(young.ChannelId, young.MessageId, Arg.Any<MessageProperties>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new DiscordRateLimitedException("PATCH /channels/{id}/messages/{id}", TimeSpan.FromSeconds(5), global: false));

        await _editor.ApplyAsync(young.ChannelId, young.ServerId, Message, Ct);

        Assert.Equal([young], await _store.GetAllAsync(Ct));
        await _rest.DidNotReceive().CreateMessageAsync(Arg.Any<ulong>(), Arg.Any<MessageProperties>(), Arg.Any<CancellationToken>());
    }

    private static ulong Snowflake(DateTimeOffset at) => (ulong)(at.ToUnixTimeMilliseconds() - 1420070400000) << 22;

    [Fact]
    public async Task Keeps_the_location_after_a_server_error()
    {
        await _store.SaveAsync(Location, Ct);
        EditFails(0, HttpStatusCode.BadGateway);

        await _editor.ApplyAsync(Location.ChannelId, Location.ServerId, Message, Ct);

        Assert.Equal([Location], await _store.GetAllAsync(Ct));
    }

    [Fact]
    public async Task Posting_a_second_embed_for_a_server_in_a_channel_replaces_the_first()
    {
        await _store.SaveAsync(Location, Ct);
        _rest.CreateMessageAsync(Location.ChannelId, Arg.Any<MessageProperties>(), Arg.Any<CancellationToken>())
            .Returns(new DiscordMessage { Id = 3000, ChannelId = Location.ChannelId });

        var posted = await _editor.PostAsync(Location.GuildId, Location.ChannelId, Message, Ct);

        Assert.Equal(Location with { MessageId = 3000 }, posted);
        Assert.Equal([posted], await _store.GetAllAsync(Ct));
        await _rest.Received(1).DeleteMessageAsync(100, 1000, Arg.Any<string?>(), Arg.Any<CancellationToken>());
    }

    public void Dispose()
    {
        _store.Dispose();
        File.Delete(_file);
    }
}

using System.Net;
using System.Text.Json;
using PteroPulse.Discord.Interactions;
using PteroPulse.Discord.Models;
using PteroPulse.Discord.Tests.Support;

namespace PteroPulse.Discord.Tests.Interactions;

public sealed class InteractionContextTests : IAsyncDisposable
{
    private readonly RestHarness _harness = new((request, _) => StubHttpHandler.Json(HttpStatusCode.OK,
        """{"id":"777","channel_id":"1","content":"x","embeds":[],"attachments":[]}"""));
    private readonly RecordingResponder _responder = new();

    private InteractionContext Context(Interaction interaction) => new(interaction, _responder, _harness.Client);

    private static Interaction Button() => TestInteractions.Button(10, "address:5e8b2c41") with
    {
        Message = new DiscordMessage { Id = 555, ChannelId = 1 },
    };

    [Fact]
    public async Task Sends_a_reply_after_a_deferred_update_as_an_ephemeral_followup_instead_of_overwriting_the_message()
    {
        var context = Context(Button());
        await context.DeferAsync(cancellationToken: TestContext.Current.CancellationToken);

        await context.ReplyEphemeralAsync("Address: 203.0.113.7:2456", TestContext.Current.CancellationToken);

        Assert.Equal(InteractionCallbackType.DeferredUpdateMessage, Assert.Single(_responder.Callbacks).Type);
        var request = Assert.Single(_harness.Handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.EndsWith("/webhooks/1310000000000000000/token-10", request.Uri.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(64, JsonDocument.Parse(request.Body).RootElement.GetProperty("flags").GetInt32());
    }

    [Fact]
    public async Task Edits_the_first_reply_when_replying_again()
    {
        var context = Context(TestInteractions.Command(11));
        await context.ReplyEphemeralAsync("Starting Midgard…", TestContext.Current.CancellationToken);

        await context.ReplyEphemeralAsync("Midgard is running.", TestContext.Current.CancellationToken);

        Assert.Single(_responder.Callbacks);
        var edit = Assert.Single(_harness.Handler.Requests);
        Assert.Equal(HttpMethod.Patch, edit.Method);
        Assert.EndsWith("/messages/@original", edit.Uri.AbsolutePath, StringComparison.Ordinal);
        Assert.DoesNotContain("flags", edit.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edits_the_followup_reply_when_replying_again_after_a_deferred_update()
    {
        var context = Context(Button());
        await context.DeferAsync(cancellationToken: TestContext.Current.CancellationToken);
        await context.ReplyEphemeralAsync("Restarting…", TestContext.Current.CancellationToken);

        await context.ReplyEphemeralAsync("Restarted.", TestContext.Current.CancellationToken);

        Assert.EndsWith("/messages/777", _harness.Handler.Requests[1].Uri.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Updates_the_component_message_through_original_after_a_deferred_update()
    {
        var context = Context(Button());
        await context.DeferAsync(cancellationToken: TestContext.Current.CancellationToken);

        await context.UpdateMessageAsync(new MessageProperties { Content = "updated" }, TestContext.Current.CancellationToken);

        Assert.EndsWith("/messages/@original", Assert.Single(_harness.Handler.Requests).Uri.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(InteractionAnswerState.Answered, context.State);
    }

    [Fact]
    public async Task Updates_the_component_message_directly_when_original_is_a_reply()
    {
        var context = Context(Button());
        await context.ReplyEphemeralAsync("Working on it", TestContext.Current.CancellationToken);

        await context.UpdateMessageAsync(new MessageProperties { Content = "updated" }, TestContext.Current.CancellationToken);

        Assert.EndsWith("/channels/1/messages/555", Assert.Single(_harness.Handler.Requests).Uri.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_deferred_until_the_answer_arrives()
    {
        var context = Context(TestInteractions.Command(12));

        await context.DeferAsync(ephemeral: true, TestContext.Current.CancellationToken);
        var afterDefer = context.State;
        await context.ReplyAsync(new MessageProperties { Content = "done" }, TestContext.Current.CancellationToken);

        Assert.Equal(InteractionAnswerState.Deferred, afterDefer);
        Assert.Equal(InteractionAnswerState.Answered, context.State);
        Assert.Equal("""{"type":5,"data":{"flags":64}}""", PteroPulse.Discord.Rest.RestContent.Callback(_responder.Callbacks[0]).PayloadJson);
    }

    public ValueTask DisposeAsync() => _harness.DisposeAsync();
}

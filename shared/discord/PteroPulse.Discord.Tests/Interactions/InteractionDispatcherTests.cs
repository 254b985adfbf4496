using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PteroPulse.Discord.Hosting;
using PteroPulse.Discord.Interactions;
using PteroPulse.Discord.Models;
using PteroPulse.Discord.Tests.Support;

namespace PteroPulse.Discord.Tests.Interactions;

public sealed class InteractionDispatcherTests : IAsyncDisposable
{
    private const string MessageJson = """{"id":"9","channel_id":"1","content":"x","embeds":[],"attachments":[]}""";
    private readonly CommandGate _gate = new();
    private readonly RestHarness _harness;
    private readonly RecordingResponder _responder = new();

    public InteractionDispatcherTests() =>
        _harness = new RestHarness((_, _) => StubHttpHandler.Json(HttpStatusCode.OK, MessageJson), register: services =>
        {
            services.AddSingleton(_gate);
            services.AddDiscordInteractions(options => options.RegisterCommands = false);
            services.AddSlashCommand<GatedStatusCommand>();
            services.AddComponentHandler<PowerButtons>();
        });

    private IInteractionDispatcher Dispatcher => _harness.Get<IInteractionDispatcher>();

    [Fact]
    public async Task Answers_with_the_handler_message_when_it_is_fast()
    {
        _gate.Release.SetResult();

        await Dispatcher.DispatchAsync(TestInteractions.Command(1), _responder, TestContext.Current.CancellationToken);

        var callback = Assert.Single(_responder.Callbacks);
        Assert.Equal(InteractionCallbackType.ChannelMessageWithSource, callback.Type);
        Assert.Equal("Status of 5e8b2c41", ((MessageProperties)callback.Data!).Content);
        Assert.Empty(_harness.Handler.Requests);
    }

    [Fact]
    public async Task Defers_by_itself_when_the_handler_is_slow_and_edits_the_original_with_its_answer()
    {
        var dispatch = Dispatcher.DispatchAsync(TestInteractions.Command(2), _responder, TestContext.Current.CancellationToken);
        // The auto-defer timer is armed before the handler starts.
        await _gate.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        _harness.Time.Advance(TimeSpan.FromSeconds(2.4));
        await Task.Delay(20, TestContext.Current.CancellationToken);
        Assert.Empty(_responder.Callbacks);

        _harness.Time.Advance(TimeSpan.FromSeconds(0.1));
        await Clock.WaitUntil(() => _responder.Callbacks.Count == 1);
        _gate.Release.SetResult();
        await dispatch;

        Assert.Equal(InteractionCallbackType.DeferredChannelMessageWithSource, Assert.Single(_responder.Callbacks).Type);
        var edit = Assert.Single(_harness.Handler.Requests);
        Assert.Equal(HttpMethod.Patch, edit.Method);
        Assert.EndsWith("/webhooks/1310000000000000000/token-2/messages/@original", edit.Uri.AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("Status of 5e8b2c41", edit.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handles_an_interaction_delivered_twice_only_once()
    {
        _gate.Release.SetResult();

        await Dispatcher.DispatchAsync(TestInteractions.Command(3), _responder, TestContext.Current.CancellationToken);
        await Dispatcher.DispatchAsync(TestInteractions.Command(3), _responder, TestContext.Current.CancellationToken);

        Assert.Single(_responder.Callbacks);
    }

    [Fact]
    public async Task Routes_a_button_by_prefix_and_passes_the_remaining_segments()
    {
        await Dispatcher.DispatchAsync(TestInteractions.Button(4, "power:5e8b2c41:restart"), _responder, TestContext.Current.CancellationToken);

        var callback = Assert.Single(_responder.Callbacks);
        Assert.Equal(InteractionCallbackType.UpdateMessage, callback.Type);
        Assert.Equal("5e8b2c41|restart", ((MessageProperties)callback.Data!).Content);
    }

    [Fact]
    public async Task Does_not_route_a_custom_id_that_only_shares_the_first_letters()
    {
        await Dispatcher.DispatchAsync(TestInteractions.Button(5, "powerful:x"), _responder, TestContext.Current.CancellationToken);

        var message = (MessageProperties)Assert.Single(_responder.Callbacks).Data!;
        Assert.Equal(MessageFlags.Ephemeral, message.Flags);
        Assert.Contains("not available", message.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tells_the_user_when_the_handler_throws()
    {
        _gate.Fail = true;
        _gate.Release.SetResult();

        await Dispatcher.DispatchAsync(TestInteractions.Command(6), _responder, TestContext.Current.CancellationToken);

        var message = (MessageProperties)Assert.Single(_responder.Callbacks).Data!;
        Assert.Equal(MessageFlags.Ephemeral, message.Flags);
        Assert.Contains("did not work", message.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_autocomplete_with_the_handler_choices_for_the_focused_option()
    {
        var interaction = TestInteractions.Command(7) with
        {
            Type = InteractionType.ApplicationCommandAutocomplete,
            Data = new InteractionData
            {
                Name = "status",
                Options = [new InteractionOption { Name = "server", Type = ApplicationCommandOptionType.String, Focused = true, Value = System.Text.Json.JsonSerializer.SerializeToElement("mid") }],
            },
        };

        await Dispatcher.DispatchAsync(interaction, _responder, TestContext.Current.CancellationToken);

        var callback = Assert.Single(_responder.Callbacks);
        Assert.Equal(InteractionCallbackType.AutocompleteResult, callback.Type);
        Assert.Equal("server:mid", Assert.Single(((AutocompleteResult)callback.Data!).Choices).Name);
    }

    public ValueTask DisposeAsync() => _harness.DisposeAsync();
}

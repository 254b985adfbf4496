using System.Text.Json.Nodes;
using PteroPulse.Emulators.Discord.Hosting;
using PteroPulse.Emulators.Discord.Messages;
using PteroPulse.Emulators.Discord.Rest;
using PteroPulse.Emulators.Discord.State;
using PteroPulse.Emulators.Discord.Validation;

namespace PteroPulse.Emulators.Discord.Interactions;

/// <summary>
/// Discord's interaction rules (discord-api.md §5.3–5.5): one initial response within 3 s, response types that fit
/// the interaction, a 15-minute token for @original and followups, ephemeral replies visible to their user only.
/// Callers hold the state lock.
/// </summary>
public sealed class InteractionLifecycle(EmulatorState state, EmulatorClock clock, DiscordEmulatorOptions options, MessageService messages, MessageRenderer renderer)
{
    public InteractionState ByIdAndToken(ulong id, string token) =>
        state.InteractionsByToken.TryGetValue(token, out var interaction) && interaction.Id == id ? interaction : throw DiscordApiException.UnknownInteraction();

    /// <summary>Token routes: the application must match and the token must be younger than 15 minutes.</summary>
    public InteractionState ByToken(ulong applicationId, string token)
    {
        if (applicationId != options.ApplicationId || !state.InteractionsByToken.TryGetValue(token, out var interaction))
        {
            throw DiscordApiException.UnknownWebhook();
        }

        if (clock.GetUtcNow() - interaction.CreatedAt > options.Interactions.TokenLifetime)
        {
            throw DiscordApiException.InvalidWebhookToken();
        }

        return interaction;
    }

    /// <summary>Applies an initial response; returns the callback resource for <c>?with_response=true</c>.</summary>
    public JsonObject Respond(InteractionState interaction, JsonObject body, IReadOnlyList<UploadedFile> files)
    {
        if (interaction.ResponseType is not null)
        {
            throw DiscordApiException.AlreadyAcknowledged();
        }

        if (clock.GetUtcNow() - interaction.CreatedAt > options.Interactions.InitialResponseDeadline)
        {
            throw DiscordApiException.UnknownInteraction();
        }

        var type = body["type"]!.GetValue<int>();
        var data = body["data"] as JsonObject ?? [];
        CheckType(interaction, type, data);
        MessageState? message = null;
        switch (type)
        {
            case 4:
                ApiContext.CheckMessageRules(data, files.Count, mustNotBeEmpty: true);
                message = messages.Create(interaction.ChannelId, state.BotUserId, data, files, Reply(interaction));
                interaction.OriginalMessageId = message.Id;
                break;
            case 5:
                var deferred = new JsonObject { ["flags"] = MessageState.LoadingFlag | (Flags(data) & MessageState.EphemeralFlag) };
                message = messages.Create(interaction.ChannelId, state.BotUserId, deferred, [], Reply(interaction));
                interaction.OriginalMessageId = message.Id;
                interaction.AwaitingDeferredFill = true;
                break;
            case 6:
                interaction.OriginalMessageId = interaction.MessageId;
                break;
            case 7:
                ApiContext.CheckMessageRules(data, files.Count, mustNotBeEmpty: false);
                message = state.Messages.TryGetValue(interaction.MessageId!.Value, out var target) && !target.Deleted ? target : throw DiscordApiException.UnknownMessage();
                messages.Edit(message, data, files, viaChannelRoute: false);
                interaction.OriginalMessageId = message.Id;
                break;
            case 8:
                interaction.AutocompleteChoices = data["choices"] as JsonArray is { } choices ? choices.DeepClone().AsArray() : [];
                break;
        }

        interaction.ResponseType = type;
        interaction.InitialResponse = body.DeepClone();
        return CallbackResource(interaction, type, message);
    }

    public MessageState Original(InteractionState interaction) =>
        interaction.OriginalMessageId is { } id && state.Messages.TryGetValue(id, out var message) && !message.Deleted
            ? message
            : throw DiscordApiException.UnknownMessage();

    public MessageState Followup(InteractionState interaction, ulong messageId) =>
        (interaction.FollowupIds.Contains(messageId) || interaction.OriginalMessageId == messageId) && state.Messages.TryGetValue(messageId, out var message) && !message.Deleted
            ? message
            : throw DiscordApiException.UnknownMessage();

    public MessageState EditOriginal(InteractionState interaction, JsonObject body, IReadOnlyList<UploadedFile> files)
    {
        var message = Original(interaction);
        interaction.AwaitingDeferredFill = false;
        return messages.Edit(message, body, files, viaChannelRoute: false);
    }

    /// <summary>A followup right after a type 5 defer fills the loading message instead (deprecated but still Discord's behaviour).</summary>
    public MessageState CreateFollowup(InteractionState interaction, JsonObject body, IReadOnlyList<UploadedFile> files)
    {
        if (interaction.ResponseType is null)
        {
            throw DiscordApiException.UnknownWebhook();
        }

        ApiContext.CheckMessageRules(body, files.Count, mustNotBeEmpty: true);
        if (interaction.AwaitingDeferredFill)
        {
            return EditOriginal(interaction, body, files);
        }

        var message = messages.Create(interaction.ChannelId, state.BotUserId, body, files, Reply(interaction) with { Type = 0 });
        interaction.FollowupIds.Add(message.Id);
        return message;
    }

    private MessageWriteOptions Reply(InteractionState interaction) => new()
    {
        CheckChannelPermissions = false,
        Type = interaction.Type == InteractionState.ApplicationCommand ? 20 : 0,
        WebhookId = options.ApplicationId,
        Interaction = interaction,
        VisibleOnlyTo = interaction.UserId,
    };

    private static void CheckType(InteractionState interaction, int type, JsonObject data)
    {
        var allowed = type switch
        {
            1 => interaction.Type == InteractionState.Ping,
            4 or 5 => interaction.Type is InteractionState.ApplicationCommand or InteractionState.MessageComponent or InteractionState.ModalSubmit,
            6 or 7 => interaction.Type is InteractionState.MessageComponent || (interaction.Type == InteractionState.ModalSubmit && interaction.MessageId is not null),
            8 => interaction.Type == InteractionState.Autocomplete,
            9 => interaction.Type is InteractionState.ApplicationCommand or InteractionState.MessageComponent,
            _ => false,
        };
        if (!allowed)
        {
            throw DiscordApiException.InvalidField(["type"], "INTERACTION_RESPONSE_TYPE_INVALID", $"Interaction response type {type} is not valid for interaction type {interaction.Type}.");
        }

        if (type == 5 && (Flags(data) & ~MessageState.EphemeralFlag) != 0)
        {
            throw DiscordApiException.InvalidField(["data", "flags"], "INTERACTION_RESPONSE_FLAGS_INVALID", "Only the EPHEMERAL flag may be set on a deferred response.");
        }
    }

    private JsonObject CallbackResource(InteractionState interaction, int type, MessageState? message)
    {
        var resource = new JsonObject { ["type"] = type };
        if (message is not null)
        {
            resource["message"] = renderer.Render(message);
        }

        return new JsonObject
        {
            ["interaction"] = new JsonObject
            {
                ["id"] = Render.Id(interaction.Id),
                ["type"] = interaction.Type,
                ["activity_instance_id"] = null,
                ["response_message_id"] = message is null ? null : Render.Id(message.Id),
                ["response_message_loading"] = type == 5,
                ["response_message_ephemeral"] = message?.IsEphemeral ?? false,
            },
            ["resource"] = resource,
        };
    }

    private static int Flags(JsonObject data) => data["flags"] is JsonValue f && f.TryGetValue<int>(out var bits) ? bits : 0;
}

using System.Security.Cryptography;
using System.Text.Json.Nodes;
using PteroPulse.Emulators.Discord.Hosting;
using PteroPulse.Emulators.Discord.Messages;
using PteroPulse.Emulators.Discord.Rest;
using PteroPulse.Emulators.Discord.State;

namespace PteroPulse.Emulators.Discord.Interactions;

/// <summary>
/// Builds the Interaction object Discord would send for a user action (discord-api.md §5.2), checking what a Discord
/// client checks first: the member can see the channel, the command exists and its default_member_permissions allow
/// the member, the component exists and is enabled.
/// </summary>
public sealed class InteractionFactory(EmulatorState state, Snowflakes snowflakes, EmulatorClock clock, DiscordEmulatorOptions options, MessageRenderer renderer)
{
    public InteractionState Create(UserAction action)
    {
        lock (state.Gate)
        {
            var origin = action.Kind == UserActionKind.ModalSubmit ? ModalOrigin(action) : null;
            var messageId = origin?.MessageId ?? action.MessageId;
            var message = messageId is { } mid && state.Messages.TryGetValue(mid, out var m) && !m.Deleted ? m : null;
            var channelId = origin?.ChannelId ?? message?.ChannelId ?? action.ChannelId;
            if (!state.Channels.TryGetValue(channelId, out var channel) || channel.Deleted)
            {
                throw new ArgumentException($"Unknown channel {channelId}.");
            }

            if (!state.Users.TryGetValue(action.UserId, out var user))
            {
                throw new ArgumentException($"Unknown user {action.UserId}.");
            }

            var permissions = state.PermissionsIn(channel, action.UserId);
            if ((permissions & Permissions.ViewChannel) == 0)
            {
                throw new ArgumentException($"{user.Username} cannot see #{channel.Name}.");
            }

            var (type, data) = action.Kind switch
            {
                UserActionKind.SlashCommand or UserActionKind.Autocomplete => (action.Kind == UserActionKind.SlashCommand ? InteractionState.ApplicationCommand : InteractionState.Autocomplete, CommandData(action, channel, permissions)),
                UserActionKind.ModalSubmit => (InteractionState.ModalSubmit, ModalRules.SubmitData(origin!.InitialResponse!["data"]!.AsObject(), action.Fields)),
                _ => (InteractionState.MessageComponent, ComponentData(action, message ?? throw new ArgumentException("The message does not exist."))),
            };
            var interaction = new InteractionState
            {
                Id = snowflakes.Next(),
                Token = "aW50ZXJhY3Rpb24" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)).Replace('+', '-').Replace('/', '_').TrimEnd('='),
                Type = type,
                CreatedAt = clock.GetUtcNow(),
                UserId = action.UserId,
                GuildId = channel.GuildId,
                ChannelId = channel.Id,
                MessageId = message?.Id,
                Payload = [],
            };
            Fill(interaction, data, channel, user, permissions, message);
            state.Interactions[interaction.Id] = interaction;
            state.InteractionsByToken[interaction.Token] = interaction;
            return interaction;
        }
    }

    private void Fill(InteractionState interaction, JsonObject data, ChannelState channel, UserState user, ulong permissions, MessageState? message)
    {
        var p = interaction.Payload;
        p["id"] = Render.Id(interaction.Id);
        p["application_id"] = Render.Id(options.ApplicationId);
        p["type"] = interaction.Type;
        p["data"] = data;
        p["channel"] = Render.Channel(channel);
        p["channel_id"] = Render.Id(channel.Id);
        if (channel.GuildId is { } guildId && state.Guilds.TryGetValue(guildId, out var guild))
        {
            p["guild"] = new JsonObject { ["id"] = Render.Id(guildId), ["locale"] = "en-US", ["features"] = new JsonArray() };
            p["guild_id"] = Render.Id(guildId);
            p["member"] = Render.Member(guild.Members[user.Id], user, permissions);
            p["guild_locale"] = "en-US";
            p["authorizing_integration_owners"] = new JsonObject { ["0"] = Render.Id(guildId) };
            p["context"] = 0;
        }
        else
        {
            p["user"] = Render.User(user);
            p["authorizing_integration_owners"] = new JsonObject { ["0"] = "0" };
            p["context"] = 1;
        }

        p["token"] = interaction.Token;
        p["version"] = 1;
        if (message is not null)
        {
            p["message"] = renderer.Render(message);
        }

        p["app_permissions"] = Render.Id(state.BotPermissionsIn(channel));
        p["locale"] = "en-GB";
        p["entitlements"] = new JsonArray();
        p["attachment_size_limit"] = options.MaxFileBytes;
    }

    /// <summary>The interaction whose type 9 answer opened the modal; only its user can submit it.</summary>
    private InteractionState ModalOrigin(UserAction action)
    {
        if (action.ModalOf is not { } id || !state.Interactions.TryGetValue(id, out var origin) || origin.ResponseType != 9)
        {
            throw new ArgumentException($"Interaction {action.ModalOf} did not open a modal.");
        }

        return origin.UserId == action.UserId ? origin : throw new ArgumentException("Only the member who opened the modal can submit it.");
    }

    private JsonObject CommandData(UserAction action, ChannelState channel, ulong permissions)
    {
        var command = state.Commands.FirstOrDefault(c => c.GuildId == channel.GuildId && c.Name == action.CommandName && c.Type == 1)
            ?? state.Commands.FirstOrDefault(c => c.GuildId is null && c.Name == action.CommandName && c.Type == 1)
            ?? throw new ArgumentException($"No slash command named '{action.CommandName}' is registered for this guild.");
        if (command.Body["default_member_permissions"]?.ToString() is { } required && ulong.TryParse(required, out var bits)
            && (permissions & Permissions.Administrator) == 0 && (bits == 0 || (permissions & bits) != bits))
        {
            throw new ArgumentException($"The member lacks the permissions /{command.Name} requires ({required}).");
        }

        var definitions = command.Body["options"] as JsonArray ?? [];
        var options = new JsonArray();
        if (action.SubcommandName is { } sub)
        {
            var subDefinition = definitions.OfType<JsonObject>().FirstOrDefault(o => o["name"]?.GetValue<string>() == sub) ?? throw new ArgumentException($"Unknown subcommand '{sub}'.");
            options.Add(new JsonObject { ["name"] = sub, ["type"] = 1, ["options"] = OptionValues(action, subDefinition["options"] as JsonArray ?? []) });
        }
        else
        {
            foreach (var option in OptionValues(action, definitions))
            {
                options.Add(option!.DeepClone());
            }
        }

        var data = new JsonObject { ["id"] = Render.Id(command.Id), ["name"] = command.Name, ["type"] = 1, ["options"] = options };
        if (command.GuildId is { } guildId)
        {
            data["guild_id"] = Render.Id(guildId);
        }

        return data;
    }

    private static JsonArray OptionValues(UserAction action, JsonArray definitions)
    {
        var result = new JsonArray();
        foreach (var definition in definitions.OfType<JsonObject>())
        {
            var name = definition["name"]!.GetValue<string>();
            var required = definition["required"] is JsonValue r && r.GetValue<bool>();
            if (!action.Options.TryGetValue(name, out var value))
            {
                if (required && action.Kind == UserActionKind.SlashCommand)
                {
                    throw new ArgumentException($"Option '{name}' is required.");
                }

                continue;
            }

            var option = new JsonObject { ["name"] = name, ["type"] = definition["type"]!.GetValue<int>(), ["value"] = value?.DeepClone() };
            if (action.Kind == UserActionKind.Autocomplete && action.FocusedOption == name)
            {
                option["focused"] = true;
            }

            result.Add(option);
        }

        return result;
    }

    private static JsonObject ComponentData(UserAction action, MessageState message)
    {
        var component = FindComponent(message.Components, action.CustomId ?? "") ?? throw new ArgumentException($"No component '{action.CustomId}' on message {message.Id}.");
        if (component["disabled"] is JsonValue d && d.GetValue<bool>())
        {
            throw new ArgumentException($"Component '{action.CustomId}' is disabled.");
        }

        var type = component["type"]!.GetValue<int>();
        var data = new JsonObject { ["custom_id"] = action.CustomId, ["component_type"] = type };
        if (type != 2)
        {
            data["values"] = new JsonArray([.. action.Values.Select(v => (JsonNode)v)]);
        }

        return data;
    }

    private static JsonObject? FindComponent(JsonArray components, string customId)
    {
        foreach (var component in components.OfType<JsonObject>())
        {
            if (component["custom_id"]?.GetValue<string>() == customId)
            {
                return component;
            }

            if (component["components"] is JsonArray children && FindComponent(children, customId) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}

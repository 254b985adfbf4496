using System.Text.Json.Nodes;
using PteroPulse.Emulators.Discord.Messages;
using PteroPulse.Emulators.Discord.State;

namespace PteroPulse.Emulators.Discord.Rest.Endpoints;

/// <summary>GET /channels/{id} and the message routes under it.</summary>
public static class ChannelEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/channels/{channelId}", (ulong channelId, EmulatorState state, MessageService messages) =>
        {
            lock (state.Gate)
            {
                return JsonResults.Json(Render.Channel(messages.VisibleChannel(channelId)));
            }
        });

        api.MapGet("/channels/{channelId}/messages", (ulong channelId, int? limit, ulong? before, ulong? after, EmulatorState state, MessageService messages, MessageRenderer renderer) =>
        {
            if (limit is < 1 or > 100)
            {
                throw DiscordApiException.InvalidField(["limit"], "NUMBER_TYPE_MAX", "int value should be less than or equal to 100.");
            }

            lock (state.Gate)
            {
                var channel = messages.VisibleChannel(channelId, Permissions.ReadMessageHistory);
                var list = state.MessagesIn(channel.Id).Where(m => !m.IsEphemeral);
                list = before is { } b ? list.Where(m => m.Id < b) : list;
                list = after is { } a ? list.Where(m => m.Id > a).Take(limit ?? 50) : list;
                var page = list.OrderByDescending(m => m.Id).Take(limit ?? 50).Select(m => (JsonNode)renderer.Render(m));
                return JsonResults.Json(new JsonArray([.. page]));
            }
        });

        api.MapGet("/channels/{channelId}/messages/{messageId}", (ulong channelId, ulong messageId, EmulatorState state, MessageService messages, MessageRenderer renderer) =>
        {
            lock (state.Gate)
            {
                var channel = messages.VisibleChannel(channelId, Permissions.ReadMessageHistory);
                return JsonResults.Json(renderer.Render(messages.ChannelMessage(channel, messageId)));
            }
        });

        api.MapPost("/channels/{channelId}/messages", async (ulong channelId, HttpContext context, EmulatorState state, MessageService messages, MessageRenderer renderer) =>
        {
            var body = await context.ReadValidatedBodyAsync(context.RequestAborted);
            var json = ApiContext.CheckMessageRules(body.Object, body.Files.Count, mustNotBeEmpty: true);
            lock (state.Gate)
            {
                var message = messages.Create(channelId, state.BotUserId, json, body.Files, new MessageWriteOptions { Type = json["message_reference"]?["message_id"] is null ? 0 : 19 });
                return JsonResults.Json(renderer.Render(message));
            }
        });

        api.MapPatch("/channels/{channelId}/messages/{messageId}", async (ulong channelId, ulong messageId, HttpContext context, EmulatorState state, MessageService messages, MessageRenderer renderer) =>
        {
            var body = await context.ReadValidatedBodyAsync(context.RequestAborted);
            var json = ApiContext.CheckMessageRules(body.Object, body.Files.Count, mustNotBeEmpty: false);
            lock (state.Gate)
            {
                var channel = messages.VisibleChannel(channelId);
                var message = messages.ChannelMessage(channel, messageId);
                return JsonResults.Json(renderer.Render(messages.Edit(message, json, body.Files, viaChannelRoute: true)));
            }
        });

        api.MapDelete("/channels/{channelId}/messages/{messageId}", (ulong channelId, ulong messageId, EmulatorState state, MessageService messages) =>
        {
            lock (state.Gate)
            {
                var channel = messages.VisibleChannel(channelId);
                var message = messages.ChannelMessage(channel, messageId);
                if (message.AuthorId != state.BotUserId && (state.BotPermissionsIn(channel) & Permissions.ManageMessages) == 0)
                {
                    throw DiscordApiException.MissingPermissions();
                }

                messages.Delete(message);
                return Results.NoContent();
            }
        });
    }
}

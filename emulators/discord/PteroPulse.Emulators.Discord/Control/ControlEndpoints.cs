using System.Text.Json.Nodes;
using PteroPulse.Emulators.Discord.Hosting;
using PteroPulse.Emulators.Discord.Interactions;
using PteroPulse.Emulators.Discord.Messages;
using PteroPulse.Emulators.Discord.RateLimiting;
using PteroPulse.Emulators.Discord.Rest;

namespace PteroPulse.Emulators.Discord.Control;

/// <summary>The control API over HTTP under /_emulator, guarded by "Authorization: Admin &lt;AdminToken&gt;".</summary>
public static class ControlEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var control = app.MapGroup("/_emulator").AddEndpointFilter(async (context, next) =>
        {
            var options = context.HttpContext.RequestServices.GetRequiredService<DiscordEmulatorOptions>();
            if (context.HttpContext.Request.Headers.Authorization.ToString() != "Admin " + options.AdminToken)
            {
                return Results.Json(new { message = "401: Unauthorized", code = 0 }, statusCode: 401);
            }

            try
            {
                return await next(context);
            }
            catch (Exception e) when (e is ArgumentException or Rest.DiscordApiException)
            {
                // A test asking for something that does not exist gets told so, not a 500.
                return Results.BadRequest(new { message = e.Message });
            }
        });

        control.MapGet("/requests", (EmulatorControl c) => Results.Json(c.Requests.Select(r => new
        {
            time = r.Time,
            method = r.Method,
            path = r.Path,
            route = r.RouteTemplate,
            status = r.Status,
            error_code = r.ErrorCode,
            body = r.Body?.ToJsonString(),
            files = r.FileNames,
            unknown_fields = r.UnknownFields,
        })));
        control.MapGet("/invalid-requests", (EmulatorControl c) => Results.Json(new { count = c.InvalidRequestCount }));
        control.MapPost("/clock/advance", (double seconds, EmulatorControl c) =>
        {
            c.AdvanceClock(TimeSpan.FromSeconds(seconds));
            return Results.Json(new { now = c.Clock.GetUtcNow() });
        });
        control.MapGet("/gateway/sessions", (EmulatorControl c) => Results.Json(c.Sessions.Select(s => new
        {
            id = s.Id,
            shard = new[] { s.ShardId, s.ShardCount },
            intents = s.Intents,
            seq = s.Sequence,
            connected = s.Connection is not null,
            invalidated = s.Invalidated,
        })));
        control.MapPost("/gateway/{action}", (string action, string? sessionId, bool? resumable, EmulatorControl c) =>
        {
            var affected = action switch
            {
                "drop" => c.DropConnection(sessionId),
                "stall" => c.StallConnection(sessionId),
                "reconnect" => c.SendReconnect(sessionId),
                "invalidate" => c.SendInvalidSession(resumable ?? false, sessionId),
                "heartbeat" => c.RequestHeartbeat(sessionId),
                _ => -1,
            };
            return affected < 0 ? Results.BadRequest(new { message = $"Unknown action '{action}'." }) : Results.Json(new { affected });
        });
        control.MapPost("/identify/exhaust", (EmulatorControl c) =>
        {
            c.ExhaustIdentifyBudget();
            return Results.NoContent();
        });
        control.MapPost("/failures", (ForcedFailure failure, EmulatorControl c) =>
        {
            c.ForceFailure(failure);
            return Results.NoContent();
        });
        control.MapDelete("/messages/{messageId}", (ulong messageId, EmulatorControl c) =>
            c.DeleteMessage(messageId) ? Results.NoContent() : Results.NotFound());
        control.MapDelete("/channels/{channelId}", (ulong channelId, EmulatorControl c) =>
            c.DeleteChannel(channelId) ? Results.NoContent() : Results.NotFound());
        control.MapPost("/channels/{channelId}/revoke", (ulong channelId, ulong targetId, string permissions, int? targetType, EmulatorControl c) =>
        {
            var bits = ulong.TryParse(permissions, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : throw new ArgumentException($"permissions '{permissions}' is not a decimal bitset.");
            c.RevokeChannelPermission(channelId, targetId, bits, targetType ?? 0);
            return Results.NoContent();
        });
        control.MapPut("/guilds/{guildId}/members/{userId}/roles", (ulong guildId, ulong userId, ulong[] roles, EmulatorControl c) =>
        {
            c.SetMemberRoles(guildId, userId, roles);
            return Results.NoContent();
        });
        control.MapGet("/channels/{channelId}/messages", (ulong channelId, ulong? asUser, EmulatorControl c) =>
            JsonResults.Json(c.Messages(channelId, asUser)));
        control.MapPost("/interactions", async (UserActionRequest request, EmulatorControl c, CancellationToken cancellationToken) =>
        {
            var (interaction, result) = await c.ActAsync(request.ToAction(), cancellationToken);
            return Results.Json(new { id = Render.Id(interaction.Id), token = interaction.Token, delivered = result.Delivered, problem = result.Problem });
        });
        control.MapGet("/interactions/{id}", (ulong id, EmulatorControl c) => c.Interaction(id) is { } i
            ? JsonResults.Json(new JsonObject
            {
                ["id"] = Render.Id(i.Id),
                ["response_type"] = i.ResponseType,
                ["initial_response"] = i.InitialResponse?.DeepClone(),
                ["original_message_id"] = i.OriginalMessageId is { } m ? Render.Id(m) : null,
                ["autocomplete_choices"] = i.AutocompleteChoices?.DeepClone(),
            })
            : Results.NotFound());
        control.MapPut("/interactions-endpoint", async (string? url, EmulatorControl c, CancellationToken cancellationToken) =>
            Results.Json(await c.SetInteractionsEndpointAsync(url, cancellationToken)));
        control.MapPost("/interactions-endpoint/bad-signature-check", async (EmulatorControl c, CancellationToken cancellationToken) =>
            Results.Json(new { rejected = await c.CheckBadSignatureAsync(cancellationToken) }));
    }
}

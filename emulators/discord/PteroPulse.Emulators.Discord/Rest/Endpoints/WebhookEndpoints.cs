using PteroPulse.Emulators.Discord.Interactions;
using PteroPulse.Emulators.Discord.Messages;
using PteroPulse.Emulators.Discord.State;

namespace PteroPulse.Emulators.Discord.Rest.Endpoints;

/// <summary>The interaction webhook routes: @original and followups, valid for 15 minutes without Authorization.</summary>
public static class WebhookEndpoints
{
    private const string Base = "/webhooks/{applicationId}/{token}";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet(Base + "/messages/@original", (ulong applicationId, string token, EmulatorState state, InteractionLifecycle lifecycle, MessageRenderer renderer) =>
        {
            lock (state.Gate)
            {
                return JsonResults.Json(renderer.Render(lifecycle.Original(lifecycle.ByToken(applicationId, token))));
            }
        });
        api.MapPatch(Base + "/messages/@original", async (ulong applicationId, string token, HttpContext context, EmulatorState state, InteractionLifecycle lifecycle, MessageRenderer renderer) =>
        {
            Check(state, lifecycle, applicationId, token);
            var body = await context.ReadValidatedBodyAsync(context.RequestAborted);
            var json = ApiContext.CheckMessageRules(body.Object, body.Files.Count, mustNotBeEmpty: false);
            lock (state.Gate)
            {
                return JsonResults.Json(renderer.Render(lifecycle.EditOriginal(lifecycle.ByToken(applicationId, token), json, body.Files)));
            }
        });
        api.MapDelete(Base + "/messages/@original", (ulong applicationId, string token, EmulatorState state, InteractionLifecycle lifecycle, MessageService messages) =>
        {
            lock (state.Gate)
            {
                messages.Delete(lifecycle.Original(lifecycle.ByToken(applicationId, token)));
                return Results.NoContent();
            }
        });
        api.MapPost(Base, async (ulong applicationId, string token, HttpContext context, EmulatorState state, InteractionLifecycle lifecycle, MessageRenderer renderer) =>
        {
            Check(state, lifecycle, applicationId, token);
            var body = await context.ReadValidatedBodyAsync(context.RequestAborted);
            lock (state.Gate)
            {
                return JsonResults.Json(renderer.Render(lifecycle.CreateFollowup(lifecycle.ByToken(applicationId, token), body.Object, body.Files)));
            }
        });
        api.MapGet(Base + "/messages/{messageId}", (ulong applicationId, string token, ulong messageId, EmulatorState state, InteractionLifecycle lifecycle, MessageRenderer renderer) =>
        {
            lock (state.Gate)
            {
                return JsonResults.Json(renderer.Render(lifecycle.Followup(lifecycle.ByToken(applicationId, token), messageId)));
            }
        });
        api.MapPatch(Base + "/messages/{messageId}", async (ulong applicationId, string token, ulong messageId, HttpContext context, EmulatorState state, InteractionLifecycle lifecycle, MessageService messages, MessageRenderer renderer) =>
        {
            Check(state, lifecycle, applicationId, token);
            var body = await context.ReadValidatedBodyAsync(context.RequestAborted);
            var json = ApiContext.CheckMessageRules(body.Object, body.Files.Count, mustNotBeEmpty: false);
            lock (state.Gate)
            {
                var message = lifecycle.Followup(lifecycle.ByToken(applicationId, token), messageId);
                return JsonResults.Json(renderer.Render(messages.Edit(message, json, body.Files, viaChannelRoute: false)));
            }
        });
        api.MapDelete(Base + "/messages/{messageId}", (ulong applicationId, string token, ulong messageId, EmulatorState state, InteractionLifecycle lifecycle, MessageService messages) =>
        {
            lock (state.Gate)
            {
                messages.Delete(lifecycle.Followup(lifecycle.ByToken(applicationId, token), messageId));
                return Results.NoContent();
            }
        });
    }

    /// <summary>Token checks come before body validation, as on Discord: an expired token gives 50027, not 50035.</summary>
    private static void Check(EmulatorState state, InteractionLifecycle lifecycle, ulong applicationId, string token)
    {
        lock (state.Gate)
        {
            lifecycle.ByToken(applicationId, token);
        }
    }
}

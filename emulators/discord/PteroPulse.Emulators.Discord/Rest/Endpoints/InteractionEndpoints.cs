using PteroPulse.Emulators.Discord.Interactions;
using PteroPulse.Emulators.Discord.State;

namespace PteroPulse.Emulators.Discord.Rest.Endpoints;

/// <summary>POST /interactions/{id}/{token}/callback: no bot token needed, no global limit.</summary>
public static class InteractionEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/interactions/{interactionId}/{token}/callback", async (ulong interactionId, string token, bool? with_response, HttpContext context, EmulatorState state, InteractionLifecycle lifecycle) =>
        {
            lock (state.Gate)
            {
                lifecycle.ByIdAndToken(interactionId, token);
            }

            var body = await context.ReadValidatedBodyAsync(context.RequestAborted);
            lock (state.Gate)
            {
                var resource = lifecycle.Respond(lifecycle.ByIdAndToken(interactionId, token), body.Object, body.Files);
                return with_response == true ? JsonResults.Json(resource) : Results.NoContent();
            }
        });
}

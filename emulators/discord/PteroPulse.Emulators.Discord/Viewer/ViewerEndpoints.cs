using System.Text.Json.Nodes;
using PteroPulse.Emulators.Discord.Control;
using PteroPulse.Emulators.Discord.Messages;
using PteroPulse.Emulators.Discord.Rest;
using PteroPulse.Emulators.Discord.State;

namespace PteroPulse.Emulators.Discord.Viewer;

/// <summary>
/// The web viewer: static files from the assembly plus a small JSON API (world, messages, live updates over SSE,
/// and acting as a member). It is a developer tool without authentication; the emulator binds to loopback.
/// </summary>
public static class ViewerEndpoints
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
    };

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => Results.Redirect("/viewer/"));
        app.MapGet("/viewer/{file?}", (string? file) => Asset(string.IsNullOrEmpty(file) ? "index.html" : file));
        app.MapGet("/viewer/api/world", World);
        app.MapGet("/viewer/api/channels/{channelId}/messages", (ulong channelId, ulong? asUser, EmulatorControl control) =>
            JsonResults.Json(control.Messages(channelId, asUser)));
        app.MapGet("/viewer/api/events", StreamAsync);
        app.MapPost("/viewer/api/act", async (UserActionRequest request, EmulatorControl control, CancellationToken cancellationToken) =>
        {
            try
            {
                var (interaction, result) = await control.ActAsync(request.ToAction(), cancellationToken);
                return Results.Json(new { id = Render.Id(interaction.Id), delivered = result.Delivered, problem = result.Problem });
            }
            catch (ArgumentException e)
            {
                return Results.BadRequest(new { message = e.Message });
            }
        });
        app.MapGet("/viewer/api/interactions/{id}", (ulong id, EmulatorControl control) => control.Interaction(id) is { } i
            ? JsonResults.Json(new JsonObject
            {
                ["response_type"] = i.ResponseType,
                ["autocomplete_choices"] = i.AutocompleteChoices?.DeepClone(),
                ["modal"] = i.ResponseType == 9 && i.InitialResponse?["data"] is JsonObject modal ? Modal(modal) : null,
            })
            : Results.NotFound());
    }

    private static JsonObject Modal(JsonObject modal) => new()
    {
        ["custom_id"] = modal["custom_id"]?.DeepClone(),
        ["title"] = modal["title"]?.DeepClone(),
        ["inputs"] = new JsonArray([.. Interactions.ModalRules.TextInputs(modal).Select(i => (JsonNode)new JsonObject
        {
            ["custom_id"] = i["custom_id"]?.DeepClone(),
            ["label"] = (i["label"] ?? (i.Parent as JsonObject)?["label"])?.DeepClone(),
            ["style"] = i["style"]?.DeepClone(),
            ["required"] = i["required"]?.DeepClone() ?? true,
            ["placeholder"] = i["placeholder"]?.DeepClone(),
        })]),
    };

    private static IResult Asset(string file)
    {
        var stream = typeof(ViewerEndpoints).Assembly.GetManifestResourceStream("viewer/" + file);
        return stream is null ? Results.NotFound() : Results.Stream(stream, ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream"));
    }

    private static IResult World(EmulatorState state, Gateway.GatewayHub hub, Hosting.DiscordEmulatorOptions options)
    {
        lock (state.Gate)
        {
            var guilds = new JsonArray();
            foreach (var guild in state.Guilds.Values)
            {
                var json = new JsonObject
                {
                    ["id"] = Render.Id(guild.Id),
                    ["name"] = guild.Name,
                    ["channels"] = new JsonArray([.. guild.ChannelIds.Select(id => state.Channels[id]).Where(c => !c.Deleted).OrderBy(c => c.Position).Select(c => (JsonNode)Render.Channel(c))]),
                    ["members"] = new JsonArray([.. guild.Members.Values.Where(m => m.UserId != state.BotUserId).Select(m => (JsonNode)Render.Member(m, state.Users.GetValueOrDefault(m.UserId)))]),
                    ["commands"] = new JsonArray([.. state.Commands.Where(c => c.GuildId is null || c.GuildId == guild.Id).Where(c => c.Type == 1).Select(c => c.Body.DeepClone())]),
                };
                guilds.Add(json);
            }

            return JsonResults.Json(new JsonObject
            {
                ["bot"] = Render.User(state.Users[state.BotUserId]),
                ["guilds"] = guilds,
                ["gateway_sessions"] = hub.Sessions.Count(s => s.Connection is not null),
                ["interactions_endpoint"] = options.InteractionsEndpointUrl,
            });
        }
    }

    private static async Task StreamAsync(HttpContext context, ViewerEvents events)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.WriteAsync(": connected\n\n", context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
        try
        {
            await foreach (var update in events.Subscribe(context.RequestAborted).ReadAllAsync(context.RequestAborted))
            {
                var (kind, id) = (update[..update.IndexOf(' ', StringComparison.Ordinal)], update[(update.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
                await context.Response.WriteAsync($"event: {kind}\ndata: {id}\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The viewer closed the page.
        }
    }
}

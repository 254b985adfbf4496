using System.Text.Json.Nodes;
using PteroPulse.Emulators.Discord.Hosting;
using PteroPulse.Emulators.Discord.Messages;
using PteroPulse.Emulators.Discord.State;
using PteroPulse.Emulators.Discord.Validation;

namespace PteroPulse.Emulators.Discord.Rest.Endpoints;

/// <summary>Global and guild application commands: list, create (upsert by name), bulk overwrite, delete.</summary>
public static class CommandEndpoints
{
    private const int DailyCreateLimit = 200;

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/applications/{applicationId}/commands", (ulong applicationId, EmulatorState state, DiscordEmulatorOptions options) =>
            List(state, options, applicationId, null));
        api.MapGet("/applications/{applicationId}/guilds/{guildId}/commands", (ulong applicationId, ulong guildId, EmulatorState state, DiscordEmulatorOptions options) =>
            List(state, options, applicationId, guildId));
        api.MapPut("/applications/{applicationId}/commands", (ulong applicationId, HttpContext context) =>
            OverwriteAsync(context, applicationId, null));
        api.MapPut("/applications/{applicationId}/guilds/{guildId}/commands", (ulong applicationId, ulong guildId, HttpContext context) =>
            OverwriteAsync(context, applicationId, guildId));
        api.MapPost("/applications/{applicationId}/commands", (ulong applicationId, HttpContext context) =>
            CreateAsync(context, applicationId, null));
        api.MapPost("/applications/{applicationId}/guilds/{guildId}/commands", (ulong applicationId, ulong guildId, HttpContext context) =>
            CreateAsync(context, applicationId, guildId));
        api.MapDelete("/applications/{applicationId}/commands/{commandId}", (ulong applicationId, ulong commandId, EmulatorState state, DiscordEmulatorOptions options) =>
            Delete(state, options, applicationId, null, commandId));
        api.MapDelete("/applications/{applicationId}/guilds/{guildId}/commands/{commandId}", (ulong applicationId, ulong guildId, ulong commandId, EmulatorState state, DiscordEmulatorOptions options) =>
            Delete(state, options, applicationId, guildId, commandId));
    }

    private static IResult List(EmulatorState state, DiscordEmulatorOptions options, ulong applicationId, ulong? guildId)
    {
        CheckScope(state, options, applicationId, guildId);
        lock (state.Gate)
        {
            return JsonResults.Json(new JsonArray([.. state.Commands.Where(c => c.GuildId == guildId).Select(c => (JsonNode)RenderCommand(c, applicationId))]));
        }
    }

    private static async Task<IResult> OverwriteAsync(HttpContext context, ulong applicationId, ulong? guildId)
    {
        var (state, options, snowflakes, clock) = Services(context);
        CheckScope(state, options, applicationId, guildId);
        var body = await context.ReadValidatedBodyAsync(context.RequestAborted);
        var commands = body.Json as JsonArray ?? [];
        CommandRules.Check(commands);
        lock (state.Gate)
        {
            var existing = state.Commands.Where(c => c.GuildId == guildId).ToList();
            var isNew = commands.OfType<JsonObject>().Count(c => !existing.Any(e => SameCommand(e, c)));
            TakeCreates(state, clock, guildId, isNew);
            state.Commands.RemoveAll(c => c.GuildId == guildId);
            foreach (var command in commands.OfType<JsonObject>())
            {
                var previous = existing.FirstOrDefault(e => SameCommand(e, command));
                state.Commands.Add(new CommandState
                {
                    Id = previous?.Id ?? snowflakes.Next(),
                    GuildId = guildId,
                    Name = command["name"]!.GetValue<string>(),
                    Type = CommandType(command),
                    Body = (JsonObject)command.DeepClone(),
                    Version = snowflakes.Next(),
                });
            }

            return List(state, options, applicationId, guildId);
        }
    }

    private static async Task<IResult> CreateAsync(HttpContext context, ulong applicationId, ulong? guildId)
    {
        var (state, options, snowflakes, clock) = Services(context);
        CheckScope(state, options, applicationId, guildId);
        var body = await context.ReadValidatedBodyAsync(context.RequestAborted);
        var command = body.Object;
        CommandRules.Check([command.DeepClone()]);
        lock (state.Gate)
        {
            var previous = state.Commands.FirstOrDefault(c => c.GuildId == guildId && SameCommand(c, command));
            if (previous is not null)
            {
                previous.Body = (JsonObject)command.DeepClone();
                previous.Version = snowflakes.Next();
                return JsonResults.Json(RenderCommand(previous, applicationId));
            }

            TakeCreates(state, clock, guildId, 1);
            var created = new CommandState { Id = snowflakes.Next(), GuildId = guildId, Name = command["name"]!.GetValue<string>(), Type = CommandType(command), Body = (JsonObject)command.DeepClone(), Version = snowflakes.Next() };
            state.Commands.Add(created);
            return JsonResults.Json(RenderCommand(created, applicationId), 201);
        }
    }

    private static IResult Delete(EmulatorState state, DiscordEmulatorOptions options, ulong applicationId, ulong? guildId, ulong commandId)
    {
        CheckScope(state, options, applicationId, guildId);
        lock (state.Gate)
        {
            return state.Commands.RemoveAll(c => c.GuildId == guildId && c.Id == commandId) > 0 ? Results.NoContent() : throw DiscordApiException.UnknownCommand();
        }
    }

    private static void CheckScope(EmulatorState state, DiscordEmulatorOptions options, ulong applicationId, ulong? guildId)
    {
        if (applicationId != options.ApplicationId)
        {
            throw DiscordApiException.MissingAccess();
        }

        lock (state.Gate)
        {
            if (guildId is { } id && !state.Guilds.ContainsKey(id))
            {
                throw DiscordApiException.MissingAccess();
            }
        }
    }

    private static void TakeCreates(EmulatorState state, TimeProvider clock, ulong? guildId, int count)
    {
        var key = (guildId, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var used = state.CommandCreates.GetValueOrDefault(key);
        if (used + count > DailyCreateLimit)
        {
            throw new DiscordApiException(429, 30034, "Max number of daily application command creates has been reached (200)") { RetryAfter = 3600, Scope = "user" };
        }

        state.CommandCreates[key] = used + count;
    }

    private static bool SameCommand(CommandState existing, JsonObject command) =>
        existing.Name == command["name"]?.GetValue<string>() && existing.Type == CommandType(command);

    internal static int CommandType(JsonObject command) => command["type"] is JsonValue t && t.TryGetValue<int>(out var type) ? type : 1;

    private static JsonObject RenderCommand(CommandState command, ulong applicationId)
    {
        var json = (JsonObject)command.Body.DeepClone();
        json.Remove("id");
        json["id"] = Render.Id(command.Id);
        json["application_id"] = Render.Id(applicationId);
        json["version"] = Render.Id(command.Version);
        json["type"] = command.Type;
        json["default_member_permissions"] = command.Body["default_member_permissions"]?.ToString();
        json["nsfw"] ??= false;
        json["options"] ??= new JsonArray();
        if (command.GuildId is { } guildId)
        {
            json["guild_id"] = Render.Id(guildId);
        }
        else
        {
            json["contexts"] ??= null;
            json["integration_types"] ??= new JsonArray(0);
        }

        return json;
    }

    private static (EmulatorState, DiscordEmulatorOptions, Snowflakes, EmulatorClock) Services(HttpContext context) =>
        (context.RequestServices.GetRequiredService<EmulatorState>(), context.RequestServices.GetRequiredService<DiscordEmulatorOptions>(),
         context.RequestServices.GetRequiredService<Snowflakes>(), context.RequestServices.GetRequiredService<EmulatorClock>());
}

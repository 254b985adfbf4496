using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PteroPulse.Emulators.Discord.Rest;
using PteroPulse.Emulators.Discord.Rest.Endpoints;

namespace PteroPulse.Emulators.Discord.Validation;

/// <summary>Application command rules from the docs that the spec cannot express (discord-api.md §5.6).</summary>
public static partial class CommandRules
{
    /// <summary>Rules the spec cannot express: lowercase CHAT_INPUT names, unique names per type, 8000 characters per command.</summary>
    public static void Check(JsonArray commands)
    {
        var errors = new JsonObject();
        var seen = new HashSet<(int, string)>();
        for (var i = 0; i < commands.Count; i++)
        {
            if (commands[i] is not JsonObject command || command["name"]?.GetValue<string>() is not { } name)
            {
                continue;
            }

            var type = CommandEndpoints.CommandType(command);
            if (type == 1 && (!ChatInputName().IsMatch(name) || name != name.ToLowerInvariant()))
            {
                ErrorTree.Add(errors, [i.ToString(), "name"], "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid");
            }

            if (type == 1 && command["description"]?.GetValue<string>() is not { Length: > 0 })
            {
                ErrorTree.Add(errors, [i.ToString(), "description"], "BASE_TYPE_REQUIRED", "This field is required");
            }

            if (!seen.Add((type, name)))
            {
                ErrorTree.Add(errors, [i.ToString(), "name"], "APPLICATION_COMMANDS_DUPLICATE_NAME", $"Application command names must be unique: {name}");
            }

            if (Characters(command) > 8000)
            {
                ErrorTree.Add(errors, [i.ToString()], "APPLICATION_COMMAND_TOO_LARGE", "Command exceeds maximum size (8000)");
            }
        }

        if (errors.Count > 0)
        {
            throw DiscordApiException.InvalidForm(errors);
        }
    }

    private static int Characters(JsonObject node) =>
        node.Sum(p => p.Key is "name" or "description" or "value" && p.Value is JsonValue v && v.TryGetValue<string>(out var s) ? s.Length
            : p.Value is JsonArray a ? a.OfType<JsonObject>().Sum(Characters) : 0);

    [GeneratedRegex(@"^[-_'\p{L}\p{N}\p{IsDevanagari}\p{IsThai}]{1,32}$")]
    private static partial Regex ChatInputName();
}

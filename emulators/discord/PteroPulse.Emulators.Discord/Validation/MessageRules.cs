using System.Text.Json.Nodes;

namespace PteroPulse.Emulators.Discord.Validation;

/// <summary>
/// The message rules Discord enforces but its spec does not describe (discord-api.md §8 "Known gaps"): content 2000,
/// 6000 characters across embeds, at most 5 action rows without IS_COMPONENTS_V2, link buttons without custom_id,
/// other buttons with one, and custom_ids unique within the message.
/// </summary>
public static class MessageRules
{
    public const int ComponentsV2Flag = 1 << 15;

    public static void Check(JsonObject body, JsonObject errors)
    {
        if (body["content"] is JsonValue content && content.TryGetValue<string>(out var text) && text.Length > 2000)
        {
            ErrorTree.Add(errors, ["content"], "BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length.");
        }

        if (body["embeds"] is JsonArray embeds && EmbedCharacters(embeds) > 6000)
        {
            ErrorTree.Add(errors, ["embeds"], "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000");
        }

        var flags = body["flags"] is JsonValue f && f.TryGetValue<int>(out var bits) ? bits : 0;
        if (body["components"] is JsonArray rows && (flags & ComponentsV2Flag) == 0)
        {
            CheckRows(rows, errors);
        }
    }

    public static bool IsEmpty(JsonObject body, int fileCount) =>
        fileCount == 0
        && IsBlank(body["content"])
        && IsBlank(body["embeds"])
        && IsBlank(body["components"])
        && IsBlank(body["sticker_ids"])
        && IsBlank(body["poll"])
        && IsBlank(body["shared_client_theme"]);

    public static int EmbedCharacters(JsonArray embeds)
    {
        var total = 0;
        foreach (var embed in embeds.OfType<JsonObject>())
        {
            total += Length(embed["title"]) + Length(embed["description"]) + Length(embed["footer"]?["text"]) + Length(embed["author"]?["name"]);
            if (embed["fields"] is JsonArray fields)
            {
                total += fields.OfType<JsonObject>().Sum(x => Length(x["name"]) + Length(x["value"]));
            }
        }

        return total;
    }

    private static void CheckRows(JsonArray rows, JsonObject errors)
    {
        if (rows.Count > 5)
        {
            ErrorTree.Add(errors, ["components"], "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 0; r < rows.Count; r++)
        {
            if (rows[r]?["components"] is not JsonArray children)
            {
                continue;
            }

            for (var c = 0; c < children.Count; c++)
            {
                if (children[c] is JsonObject component)
                {
                    CheckComponent(component, ["components", r.ToString(), "components", c.ToString()], seen, errors);
                }
            }
        }
    }

    private static void CheckComponent(JsonObject component, string[] path, HashSet<string> seen, JsonObject errors)
    {
        var type = component["type"] is JsonValue t && t.TryGetValue<int>(out var value) ? value : 0;
        var style = component["style"] is JsonValue s && s.TryGetValue<int>(out var st) ? st : 0;
        var customId = component["custom_id"] is JsonValue id && id.TryGetValue<string>(out var cid) ? cid : null;
        if (type == 2 && style == 5)
        {
            if (customId is not null)
            {
                ErrorTree.Add(errors, [.. path, "custom_id"], "BUTTON_COMPONENT_CUSTOM_ID_NOT_ALLOWED", "A link button cannot have a custom_id.");
            }

            if (IsBlank(component["url"]))
            {
                ErrorTree.Add(errors, [.. path, "url"], "BASE_TYPE_REQUIRED", "This field is required");
            }

            return;
        }

        if (type == 2 && style != 6 && customId is null)
        {
            ErrorTree.Add(errors, [.. path, "custom_id"], "BASE_TYPE_REQUIRED", "This field is required");
        }

        if (customId is not null && !seen.Add(customId))
        {
            ErrorTree.Add(errors, [.. path, "custom_id"], "COMPONENT_CUSTOM_ID_DUPLICATED", "Component custom id cannot be duplicated");
        }
    }

    private static int Length(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) ? s.Trim().Length : 0;

    private static bool IsBlank(JsonNode? node) => node switch
    {
        null => true,
        JsonArray a => a.Count == 0,
        JsonValue v when v.TryGetValue<string>(out var s) => s.Length == 0,
        _ => false,
    };
}

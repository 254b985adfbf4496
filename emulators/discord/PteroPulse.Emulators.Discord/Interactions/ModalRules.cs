using System.Text.Json.Nodes;

namespace PteroPulse.Emulators.Discord.Interactions;

/// <summary>
/// Builds a MODAL_SUBMIT's data from the modal the bot sent: every text input (type 4) comes back with its value,
/// inside an action row (type 1) or a label (type 18), as the modal had it.
/// </summary>
public static class ModalRules
{
    public const int TextInput = 4;

    public static JsonObject SubmitData(JsonObject modal, IReadOnlyDictionary<string, string> fields)
    {
        var components = new JsonArray();
        foreach (var top in (modal["components"] as JsonArray ?? []).OfType<JsonObject>())
        {
            switch (top["type"]?.GetValue<int>())
            {
                case 1:
                    components.Add(new JsonObject
                    {
                        ["type"] = 1,
                        ["components"] = new JsonArray([.. (top["components"] as JsonArray ?? []).OfType<JsonObject>().Where(IsTextInput).Select(c => (JsonNode)Answer(c, fields))]),
                    });
                    break;
                case 18 when top["component"] is JsonObject inner && IsTextInput(inner):
                    components.Add(new JsonObject { ["type"] = 18, ["component"] = Answer(inner, fields) });
                    break;
            }
        }

        return new JsonObject { ["custom_id"] = modal["custom_id"]?.GetValue<string>(), ["components"] = components };
    }

    /// <summary>The text inputs of a modal (custom_id, label, required), for the viewer's form.</summary>
    public static IEnumerable<JsonObject> TextInputs(JsonObject modal) =>
        (modal["components"] as JsonArray ?? []).OfType<JsonObject>()
            .SelectMany(top => top["component"] is JsonObject inner ? [inner] : (top["components"] as JsonArray ?? []).OfType<JsonObject>())
            .Where(IsTextInput);

    private static bool IsTextInput(JsonObject component) => component["type"]?.GetValue<int>() == TextInput;

    private static JsonObject Answer(JsonObject input, IReadOnlyDictionary<string, string> fields)
    {
        var customId = input["custom_id"]?.GetValue<string>() ?? "";
        if (input["required"] is not JsonValue r || r.GetValue<bool>())
        {
            if (!fields.TryGetValue(customId, out var given) || given.Length == 0)
            {
                throw new ArgumentException($"The modal field '{customId}' is required.");
            }
        }

        return new JsonObject { ["type"] = TextInput, ["custom_id"] = customId, ["value"] = fields.GetValueOrDefault(customId, "") };
    }
}

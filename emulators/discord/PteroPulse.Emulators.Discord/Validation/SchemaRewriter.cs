using System.Text.Json.Nodes;

namespace PteroPulse.Emulators.Discord.Validation;

/// <summary>Rewrites OpenAPI references into JSON Schema ones and, for the strict copy, forbids unknown properties.</summary>
public static class SchemaRewriter
{
    public static JsonNode Rewrite(JsonNode node, string definitionsBase, bool strict)
    {
        var copy = node.DeepClone();
        Walk(copy, definitionsBase, strict);
        return copy;
    }

    private static void Walk(JsonNode? node, string definitionsBase, bool strict)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["$ref"] is JsonValue reference && reference.GetValue<string>() is var target && target.StartsWith(SpecDocument.ComponentsPrefix, StringComparison.Ordinal))
                {
                    obj["$ref"] = definitionsBase + "#/$defs/" + target[SpecDocument.ComponentsPrefix.Length..];
                }

                if (strict && obj["properties"] is JsonObject && !obj.ContainsKey("additionalProperties") && !obj.ContainsKey("unevaluatedProperties"))
                {
                    obj["unevaluatedProperties"] = false;
                }

                foreach (var property in obj.ToList())
                {
                    // Vendor keywords (x-discord-union) are not JSON Schema; the 2020-12 dialect refuses them.
                    if (property.Key.StartsWith("x-", StringComparison.Ordinal))
                    {
                        obj.Remove(property.Key);
                        continue;
                    }

                    Walk(property.Value, definitionsBase, strict);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Walk(item, definitionsBase, strict);
                }

                break;
        }
    }
}

using System.Text.Json.Nodes;

namespace PteroPulse.Emulators.Discord.Validation;

/// <summary>
/// Discord's OpenAPI spec (embedded copy), with its component schemas turned into a JSON Schema 2020-12 document and
/// the two places where the spec is stricter than Discord relaxed.
/// </summary>
public sealed class SpecDocument
{
    public const string ComponentsPrefix = "#/components/schemas/";

    private SpecDocument(JsonObject root) => Root = root;

    public JsonObject Root { get; }

    public JsonObject Schemas => Root["components"]!["schemas"]!.AsObject();

    public static SpecDocument LoadEmbedded()
    {
        using var stream = typeof(SpecDocument).Assembly.GetManifestResourceStream("discord-openapi.json")
            ?? throw new InvalidOperationException("The embedded Discord OpenAPI spec is missing from the assembly.");
        var root = JsonNode.Parse(stream)!.AsObject();
        var document = new SpecDocument(root);
        document.RelaxKnownGaps();
        return document;
    }

    /// <summary>The request body schema of an operation, for the given content type, or null when it takes no body.</summary>
    public JsonNode? RequestSchema(string specPath, string method) =>
        Root["paths"]?[specPath]?[method]?["requestBody"]?["content"]?["application/json"]?["schema"];

    private void RelaxKnownGaps()
    {
        // The docs allow attachments[].id as a number (the index of files[n]); the spec's SnowflakeType is string-only.
        Schemas["SnowflakeType"] = new JsonObject
        {
            ["type"] = new JsonArray("string", "integer"),
            ["pattern"] = "^(0|[1-9][0-9]*)$",
            ["minimum"] = 0,
        };

        // The docs and the real API take default_member_permissions as a string bitset; the spec says integer.
        foreach (var schema in Schemas)
        {
            if (schema.Value?["properties"]?["default_member_permissions"] is JsonObject property)
            {
                property["type"] = new JsonArray("string", "integer", "null");
                property["pattern"] = "^[0-9]+$";
            }
        }
    }
}

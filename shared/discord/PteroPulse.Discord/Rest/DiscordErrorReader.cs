using System.Text.Json;

namespace PteroPulse.Discord.Rest;

/// <summary>Reads Discord's error body <c>{code, message, errors}</c> and flattens the errors tree into paths.</summary>
internal static class DiscordErrorReader
{
    public static (int Code, string Message, IReadOnlyList<DiscordFieldError> Errors) Read(string body, string fallbackMessage)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (0, fallbackMessage, []);
            }

            var code = root.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : 0;
            var message = root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : fallbackMessage;
            var errors = new List<DiscordFieldError>();
            if (root.TryGetProperty("errors", out var tree))
            {
                Flatten(tree, "", errors);
            }

            return (code, message, errors);
        }
        catch (JsonException)
        {
            return (0, fallbackMessage, []);
        }
    }

    private static void Flatten(JsonElement node, string path, List<DiscordFieldError> errors)
    {
        if (node.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in node.EnumerateObject())
        {
            if (property.Name == "_errors" && property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var error in property.Value.EnumerateArray())
                {
                    errors.Add(new DiscordFieldError(path, Text(error, "code"), Text(error, "message")));
                }
            }
            else
            {
                Flatten(property.Value, Join(path, property.Name), errors);
            }
        }
    }

    private static string Join(string path, string name) =>
        name.All(char.IsAsciiDigit) ? $"{path}[{name}]" : path.Length == 0 ? name : $"{path}.{name}";

    private static string Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : "";
}

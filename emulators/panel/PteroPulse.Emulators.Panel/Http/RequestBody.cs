using System.Text.Json;

namespace PteroPulse.Emulators.Panel.Http;

/// <summary>Reads a small JSON object body; malformed JSON is the panel's 400, an empty body an empty object.</summary>
internal static class RequestBody
{
    public static async Task<(Dictionary<string, string?> Body, IResult? Malformed)> ReadAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var text = await reader.ReadToEndAsync(http.RequestAborted);
        if (string.IsNullOrWhiteSpace(text))
        {
            return ([], null);
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            var body = document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText())
                : [];
            return (body, null);
        }
        catch (JsonException)
        {
            return ([], PanelResponses.Error(http, 400, "BadRequestHttpException", "The JSON data passed in the request appears to be malformed: Syntax error"));
        }
    }
}

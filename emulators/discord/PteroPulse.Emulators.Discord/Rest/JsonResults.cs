using System.Text.Json.Nodes;

namespace PteroPulse.Emulators.Discord.Rest;

public static class JsonResults
{
    public static IResult Json(JsonNode? node, int status = 200) =>
        Results.Text(node?.ToJsonString() ?? "null", "application/json", System.Text.Encoding.UTF8, status);
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace PteroPulse.Discord.Json;

/// <summary>The one set of serializer options for everything that crosses the wire to or from Discord.</summary>
public static class DiscordJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            // Absent and null differ in Discord's API (an edit with "content": null clears it); we only ever send
            // what the caller set.
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.Strict,
        };
        options.Converters.Add(new SnowflakeConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

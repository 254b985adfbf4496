using System.Text.Json;
using System.Text.Json.Serialization;

namespace PteroPulse.DiscordGateway.Locations;

/// <summary>
/// How both stores write a location. Snowflakes travel as strings, as in Discord's own JSON: they exceed 2^53, which
/// Redis's Lua (cjson) and JavaScript readers would round.
/// </summary>
internal static class EmbedLocationJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString,
        WriteIndented = false,
    };

    public static string Serialize(EmbedLocation location) => JsonSerializer.Serialize(location, Options);

    public static EmbedLocation Deserialize(string json) =>
        JsonSerializer.Deserialize<EmbedLocation>(json, Options) ?? throw new JsonException("an embed location was null");
}

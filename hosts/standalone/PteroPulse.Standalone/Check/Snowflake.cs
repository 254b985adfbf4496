using System.Globalization;
using System.Text.Json.Nodes;

namespace PteroPulse.Standalone.Check;

/// <summary>Discord sends ids and permission bitsets as decimal strings.</summary>
internal static class Snowflake
{
    public static ulong Read(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : 0;

    public static string Text(ulong id) => id.ToString(CultureInfo.InvariantCulture);
}

using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PteroPulse.Discord.Json;

/// <summary>
/// Discord sends snowflakes (and permission sets) as JSON strings so JavaScript clients keep all 64 bits; every
/// <see cref="ulong"/> in our models is one of those. Numbers are accepted too, because a few places (component ids,
/// attachment indices) send plain numbers.
/// </summary>
public sealed class SnowflakeConverter : JsonConverter<ulong>
{
    public override ulong Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.GetUInt64();
        }

        if (reader.TokenType == JsonTokenType.String
            && Utf8Parser.TryParse(reader.ValueSpan, out ulong value, out var consumed)
            && consumed == reader.ValueSpan.Length)
        {
            return value;
        }

        throw new JsonException($"Expected a snowflake (a decimal string), got {reader.TokenType}.");
    }

    public override void Write(Utf8JsonWriter writer, ulong value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
}

using System.Text.Json;

namespace PteroPulse.Discord.Gateway;

/// <summary>One gateway frame: <c>{"op", "d", "s", "t"}</c>; <c>s</c> and <c>t</c> only on dispatches.</summary>
internal sealed record GatewayPayload(GatewayOpcode Op, JsonElement Data, int? Sequence, string? EventName)
{
    public static GatewayPayload Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var op = (GatewayOpcode)root.GetProperty("op").GetInt32();
        var data = root.TryGetProperty("d", out var d) ? d.Clone() : default;
        int? sequence = root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt32() : null;
        var name = root.TryGetProperty("t", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        return new GatewayPayload(op, data, sequence, name);
    }
}

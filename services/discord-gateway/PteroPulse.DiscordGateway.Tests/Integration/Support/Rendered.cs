using System.Globalization;
using System.Text.Json.Nodes;

namespace PteroPulse.DiscordGateway.Tests.Integration.Support;

/// <summary>Reads messages as the Discord emulator renders them.</summary>
internal static class Rendered
{
    public static ulong Id(JsonObject message) => ulong.Parse(message["id"]!.GetValue<string>(), CultureInfo.InvariantCulture);

    public static JsonObject Embed(JsonObject message) => message["embeds"]![0]!.AsObject();

    public static int? Color(JsonObject? message) => message is null ? null : Embed(message)["color"]?.GetValue<int>();

    public static string Field(JsonObject message, string name) =>
        Embed(message)["fields"]!.AsArray().OfType<JsonObject>().Single(f => f["name"]!.GetValue<string>() == name)["value"]!.GetValue<string>();

    public static IReadOnlyList<string> FieldNames(JsonObject message) =>
        [.. Embed(message)["fields"]!.AsArray().OfType<JsonObject>().Select(f => f["name"]!.GetValue<string>())];

    /// <summary>The embed shows the uploaded graph (files only used by an embed are not listed as attachments).</summary>
    public static bool HasGraph(JsonObject? message) =>
        message is not null && Embed(message)["image"]?["url"]?.GetValue<string>().Contains("/graph-", StringComparison.Ordinal) == true;

    /// <summary>custom_id → disabled, for every button of the message.</summary>
    public static IReadOnlyDictionary<string, bool> Buttons(JsonObject message) =>
        message["components"]!.AsArray().OfType<JsonObject>()
            .SelectMany(row => row["components"]!.AsArray().OfType<JsonObject>())
            .ToDictionary(b => b["custom_id"]!.GetValue<string>(), b => b["disabled"]?.GetValue<bool>() ?? false);

    public static string Content(JsonObject message) => message["content"]?.GetValue<string>() ?? "";
}

using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using PteroPulse.Emulators.Discord.Hosting;

namespace PteroPulse.Emulators.Discord.Tests.Support;

/// <summary>Raw HTTP against the emulator, written from Discord's docs (no client library).</summary>
public static class Api
{
    public static HttpClient BotClient(DiscordEmulatorHost emulator)
    {
        var client = new HttpClient { BaseAddress = new Uri(emulator.ApiUrl + "/") };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", emulator.Options.BotToken);
        client.DefaultRequestHeaders.UserAgent.ParseAdd("DiscordBot (https://example.invalid/tests, 1.0)");
        return client;
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static StringContent Json(JsonNode json) => Json(json.ToJsonString());

    public static async Task<JsonNode> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    /// <summary>Follows an errors tree path such as "embeds.0.title" to its first _errors code.</summary>
    public static string? ErrorCodeAt(JsonNode body, string path)
    {
        var node = body["errors"];
        foreach (var segment in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node?[segment];
        }

        return node?["_errors"]?[0]?["code"]?.GetValue<string>();
    }

    public static MultipartFormDataContent Multipart(string payloadJson, params (string FileName, byte[] Data)[] files)
    {
        var content = new MultipartFormDataContent("emulator-test-boundary");
        content.Add(new StringContent(payloadJson, Encoding.UTF8, "application/json"), "payload_json");
        for (var i = 0; i < files.Length; i++)
        {
            var part = new ByteArrayContent(files[i].Data);
            part.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            content.Add(part, $"files[{i}]", files[i].FileName);
        }

        return content;
    }

    /// <summary>A valid 1×1 PNG, enough for Discord (and the emulator) to read width and height.</summary>
    public static byte[] TinyPng() => Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
}

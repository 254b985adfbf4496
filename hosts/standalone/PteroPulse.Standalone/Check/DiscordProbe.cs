using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PteroPulse.Standalone.Check;

/// <summary>
/// Plain GETs against Discord's REST API for the doctor. The bot's client retries and waits out rate limits, which
/// is right for the bot and wrong here: a check reports the first answer as it is. The token goes in the
/// Authorization header only, never into a message.
/// </summary>
public sealed class DiscordProbe : IDisposable
{
    private readonly HttpClient _http;

    public DiscordProbe(string restBaseUrl, string token, string userAgent, HttpMessageHandler? handler = null)
    {
        _http = handler is null ? new HttpClient() : new HttpClient(handler);
        _http.BaseAddress = new Uri(restBaseUrl.EndsWith('/') ? restBaseUrl : restBaseUrl + "/");
        _http.Timeout = TimeSpan.FromSeconds(15);
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", token);
        _http.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
    }

    public async Task<DiscordAnswer> GetAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _http.GetAsync(path, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var body = TryParse(text);
            var detail = response.IsSuccessStatusCode ? "" : Message(body, response.ReasonPhrase);
            return new DiscordAnswer((int)response.StatusCode, body, detail);
        }
        catch (HttpRequestException ex)
        {
            return new DiscordAnswer(0, null, $"Discord could not be reached ({ex.Message})");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new DiscordAnswer(0, null, "Discord did not answer within 15 s");
        }
    }

    public void Dispose() => _http.Dispose();

    private static JsonNode? TryParse(string text)
    {
        try
        {
            return text.Length == 0 ? null : JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Discord's error body: {"message": "...", "code": 50001}.</summary>
    private static string Message(JsonNode? body, string? reason) =>
        body is JsonObject error && error["message"] is JsonValue message
            ? $"{message.GetValue<string>()}{(error["code"] is JsonValue code ? $" (code {code})" : "")}"
            : reason ?? "";
}

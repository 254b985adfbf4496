using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using PteroPulse.Discord.Json;
using PteroPulse.Discord.Models;

namespace PteroPulse.Discord.Rest;

/// <summary>
/// A request body that can be written again for every retry: JSON, or multipart with <c>payload_json</c> and
/// <c>files[n]</c> when files are attached. The <c>attachments</c> array is written here from the message's files.
/// </summary>
internal sealed class RestContent
{
    private readonly JsonNode _payload;
    private readonly IReadOnlyList<AttachmentProperties> _files;

    private RestContent(JsonNode payload, IReadOnlyList<AttachmentProperties> files)
    {
        _payload = payload;
        _files = files;
    }

    public static RestContent Json<T>(T body) => new(JsonSerializer.SerializeToNode(body, DiscordJson.Options)!, []);

    public static RestContent Message(MessageProperties message) => WithAttachments(Json(message)._payload, message.Attachments);

    public static RestContent Callback(InteractionCallback callback)
    {
        var payload = new JsonObject { ["type"] = (int)callback.Type };
        var attachments = (callback.Data as MessageProperties)?.Attachments;
        if (callback.Data is not null)
        {
            var data = WithAttachments(JsonSerializer.SerializeToNode(callback.Data, callback.Data.GetType(), DiscordJson.Options)!, attachments);
            payload["data"] = data._payload;
            return new RestContent(payload, data._files);
        }

        return new RestContent(payload, []);
    }

    public bool HasFiles => _files.Count > 0;

    /// <summary>The JSON payload (with attachments written), e.g. for an inline HTTP interaction response.</summary>
    public string PayloadJson => _payload.ToJsonString(DiscordJson.Options);

    public HttpContent CreateHttpContent()
    {
        var json = new StringContent(PayloadJson, System.Text.Encoding.UTF8, "application/json");
        // The bare media type, as in Discord's docs and spec (no charset parameter).
        json.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (_files.Count == 0)
        {
            return json;
        }

        var multipart = new MultipartFormDataContent { { json, "payload_json" } };
        for (var i = 0; i < _files.Count; i++)
        {
            var file = new ReadOnlyMemoryContent(_files[i].Content!.Value);
            file.Headers.ContentType = new MediaTypeHeaderValue(MediaType(_files[i].FileName));
            multipart.Add(file, $"files[{i.ToString(CultureInfo.InvariantCulture)}]", _files[i].FileName);
        }

        return multipart;
    }

    private static RestContent WithAttachments(JsonNode payload, IReadOnlyList<AttachmentProperties>? attachments)
    {
        if (attachments is null)
        {
            return new RestContent(payload, []);
        }

        var files = new List<AttachmentProperties>();
        var list = new JsonArray();
        foreach (var attachment in attachments)
        {
            var entry = new JsonObject();
            if (attachment.ExistingId is { } id)
            {
                entry["id"] = id.ToString(CultureInfo.InvariantCulture);
            }
            else
            {
                // New files are numbered like their files[n] part. A string keeps Discord's own schema (SnowflakeType) happy.
                entry["id"] = files.Count.ToString(CultureInfo.InvariantCulture);
                entry["filename"] = attachment.FileName;
                files.Add(attachment);
            }

            if (attachment.Description is not null)
            {
                entry["description"] = attachment.Description;
            }

            list.Add(entry);
        }

        payload["attachments"] = list;
        return new RestContent(payload, files);
    }

    private static string MediaType(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        ".json" => "application/json",
        ".txt" => "text/plain",
        _ => "application/octet-stream",
    };
}

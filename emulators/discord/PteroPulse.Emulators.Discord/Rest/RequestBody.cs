using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace PteroPulse.Emulators.Discord.Rest;

/// <summary>A file part of a multipart request: <c>files[n]</c> with its index n.</summary>
public sealed record UploadedFile(int Index, string FileName, string ContentType, byte[] Data);

/// <summary>The JSON payload of a request plus its uploaded files, read the way Discord reads them.</summary>
public sealed record RequestBody(JsonNode? Json, IReadOnlyList<UploadedFile> Files)
{
    private static readonly string[] Accepted = ["application/json", "application/x-www-form-urlencoded", "multipart/form-data"];

    public JsonObject Object => Json as JsonObject ?? throw DiscordApiException.InvalidField([], "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType");

    public static async Task<RequestBody> ReadAsync(HttpRequest request, long maxFileBytes, CancellationToken cancellationToken)
    {
        var mediaType = MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed.MediaType.Value ?? "" : "";
        if (!Accepted.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
        {
            throw DiscordApiException.InvalidField([], "CONTENT_TYPE_INVALID", "Expected \"Content-Type\" header to be one of {'application/json', 'application/x-www-form-urlencoded', 'multipart/form-data'}.");
        }

        if (mediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return await ReadMultipartAsync(request.Body, parsed!, maxFileBytes, cancellationToken);
        }

        if (mediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            var form = await request.ReadFormAsync(cancellationToken);
            var json = new JsonObject();
            foreach (var (key, value) in form)
            {
                json[key] = key == "payload_json" ? Parse(value.ToString()) : JsonValue.Create(value.ToString());
            }

            return new RequestBody(json["payload_json"]?.DeepClone() ?? json, []);
        }

        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(cancellationToken);
        return new RequestBody(text.Length == 0 ? null : Parse(text), []);
    }

    /// <summary>An interaction answered inline over HTTP: JSON, or multipart when the answer carries files.</summary>
    public static async Task<RequestBody> ReadInlineAnswerAsync(Stream body, string? contentType, long maxFileBytes, CancellationToken cancellationToken)
    {
        if (MediaTypeHeaderValue.TryParse(contentType, out var parsed) && parsed.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return await ReadMultipartAsync(body, parsed, maxFileBytes, cancellationToken);
        }

        using var reader = new StreamReader(body);
        return new RequestBody(Parse(await reader.ReadToEndAsync(cancellationToken)), []);
    }

    private static async Task<RequestBody> ReadMultipartAsync(Stream body, MediaTypeHeaderValue type, long maxFileBytes, CancellationToken cancellationToken)
    {
        var boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value;
        if (string.IsNullOrEmpty(boundary))
        {
            throw DiscordApiException.InvalidField([], "CONTENT_TYPE_INVALID", "multipart/form-data needs a boundary.");
        }

        var reader = new MultipartReader(boundary, body) { BodyLengthLimit = null };
        JsonNode? payload = null;
        var files = new List<UploadedFile>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
            {
                continue;
            }

            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
            if (!names.Add(name))
            {
                throw DiscordApiException.InvalidField([name], "DUPLICATE_PART", "Part names must be unique.");
            }

            using var buffer = new MemoryStream();
            await section.Body.CopyToAsync(buffer, cancellationToken);
            if (name == "payload_json")
            {
                payload = Parse(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            }
            else if (TryFileIndex(name, out var index))
            {
                if (buffer.Length > maxFileBytes)
                {
                    throw new DiscordApiException(400, 50045, "File uploaded exceeds the maximum size");
                }

                var fileName = HeaderUtilities.RemoveQuotes(disposition.FileName).Value ?? $"file{index}";
                files.Add(new UploadedFile(index, fileName, section.ContentType ?? "application/octet-stream", buffer.ToArray()));
            }
        }

        return new RequestBody(payload ?? new JsonObject(), files);
    }

    /// <summary>Discord names file parts files[n]; older clients send "file" or "fileN", which it also takes.</summary>
    private static bool TryFileIndex(string name, out int index)
    {
        index = 0;
        if (name.StartsWith("files[", StringComparison.Ordinal) && name.EndsWith(']'))
        {
            return int.TryParse(name.AsSpan(6, name.Length - 7), out index);
        }

        return name == "file" || (name.StartsWith("file", StringComparison.Ordinal) && int.TryParse(name.AsSpan(4), out index));
    }

    private static JsonNode? Parse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            throw DiscordApiException.InvalidJson();
        }
    }
}

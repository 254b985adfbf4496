using System.Text.Json.Nodes;
using PteroPulse.Emulators.Discord.Rest;
using PteroPulse.Emulators.Discord.State;

namespace PteroPulse.Emulators.Discord.Messages;

/// <summary>Discord's attachment semantics for create and edit (discord-api.md §2.5), storing uploaded files.</summary>
public sealed class AttachmentEditor(Snowflakes snowflakes)
{
    /// <summary>
    /// Applies an attachments list: existing files stay when listed by snowflake id, new files[n] are matched by
    /// index n, anything unlisted is dropped; new files not listed at all are appended (the docs' rule).
    /// </summary>
    public List<StoredFile> Apply(JsonArray? listed, IReadOnlyList<UploadedFile> uploads, List<StoredFile> existing)
    {
        var result = new List<StoredFile>();
        var used = new HashSet<int>();
        foreach (var entry in listed?.OfType<JsonObject>() ?? [])
        {
            var id = entry["id"]?.ToString() ?? "";
            var keep = existing.FirstOrDefault(f => Render.Id(f.Id) == id);
            if (keep is not null)
            {
                Describe(keep, entry);
                result.Add(keep);
                continue;
            }

            if (int.TryParse(id, out var index) && uploads.FirstOrDefault(u => u.Index == index) is { } upload && used.Add(index))
            {
                result.Add(Store(upload, entry));
            }
        }

        foreach (var upload in uploads.Where(u => !used.Contains(u.Index)))
        {
            result.Add(Store(upload, null));
        }

        return result;
    }

    private StoredFile Store(UploadedFile upload, JsonObject? entry)
    {
        var file = new StoredFile
        {
            Id = snowflakes.Next(),
            Filename = entry?["filename"]?.GetValue<string>() ?? upload.FileName,
            ContentType = upload.ContentType,
            Data = upload.Data,
        };
        if (entry is not null)
        {
            Describe(file, entry);
        }

        return file;
    }

    private static void Describe(StoredFile file, JsonObject entry)
    {
        if (entry["description"] is JsonValue description)
        {
            file.Description = description.GetValue<string>();
        }

        if (entry["title"] is JsonValue title)
        {
            file.Title = title.GetValue<string>();
        }

        if (entry["is_spoiler"] is JsonValue spoiler && spoiler.GetValue<bool>() && !file.Filename.StartsWith("SPOILER_", StringComparison.Ordinal))
        {
            file.IsSpoiler = true;
            file.Filename = "SPOILER_" + file.Filename;
        }
    }
}

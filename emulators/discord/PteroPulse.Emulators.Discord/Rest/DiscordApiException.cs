using System.Text.Json.Nodes;

namespace PteroPulse.Emulators.Discord.Rest;

/// <summary>An answer Discord gives as an error: HTTP status, JSON error code, message and optional errors tree.</summary>
public sealed class DiscordApiException(int status, int code, string message, JsonObject? errors = null) : Exception(message)
{
    public int Status { get; } = status;

    public int Code { get; } = code;

    public JsonObject? Errors { get; } = errors;

    /// <summary>Set on 429s: seconds to wait, the X-RateLimit-Scope and whether the limit was the global one.</summary>
    public double? RetryAfter { get; init; }

    public string? Scope { get; init; }

    public bool Global { get; init; }

    public JsonObject ToBody()
    {
        var body = new JsonObject { ["message"] = Message, ["code"] = Code };
        if (Errors is not null)
        {
            body["errors"] = Errors.DeepClone();
        }

        if (RetryAfter is { } retryAfter)
        {
            body["retry_after"] = Math.Round(retryAfter, 3);
            body["global"] = Global;
        }

        return body;
    }

    public static DiscordApiException InvalidForm(JsonObject errors) => new(400, 50035, "Invalid Form Body", errors);

    public static DiscordApiException UnknownChannel() => new(404, 10003, "Unknown Channel");

    public static DiscordApiException UnknownMessage() => new(404, 10008, "Unknown Message");

    public static DiscordApiException UnknownGuild() => new(404, 10004, "Unknown Guild");

    public static DiscordApiException UnknownInteraction() => new(404, 10062, "Unknown interaction");

    public static DiscordApiException UnknownWebhook() => new(404, 10015, "Unknown Webhook");

    public static DiscordApiException UnknownCommand() => new(404, 10063, "Unknown application command");

    public static DiscordApiException MissingAccess() => new(403, 50001, "Missing Access");

    public static DiscordApiException MissingPermissions() => new(403, 50013, "Missing Permissions");

    public static DiscordApiException AlreadyAcknowledged() => new(400, 40060, "Interaction has already been acknowledged.");

    public static DiscordApiException InvalidWebhookToken() => new(401, 50027, "Invalid Webhook Token");

    public static DiscordApiException EmptyMessage() => new(400, 50006, "Cannot send an empty message");

    public static DiscordApiException Unauthorized() => new(401, 0, "401: Unauthorized");

    public static DiscordApiException InvalidJson() => new(400, 50109, "The request body contains invalid JSON.");

    public static DiscordApiException NotAuthor() => new(403, 50005, "Cannot edit a message authored by another user");

    /// <summary>A 50035 whose errors tree has a single leaf.</summary>
    public static DiscordApiException InvalidField(IReadOnlyList<string> path, string code, string message)
    {
        var errors = new JsonObject();
        Validation.ErrorTree.Add(errors, path, code, message);
        return InvalidForm(errors);
    }
}

using System.Text.Json.Nodes;
using PteroPulse.Emulators.Discord.Hosting;
using PteroPulse.Emulators.Discord.RateLimiting;
using PteroPulse.Emulators.Discord.Validation;

namespace PteroPulse.Emulators.Discord.Rest;

/// <summary>Helpers endpoints use to read and validate bodies; the pipeline put the route and log entry on the context.</summary>
public static class ApiContext
{
    public static RouteInfo Route(this HttpContext context) => (RouteInfo)context.Items[typeof(RouteInfo)]!;

    public static RequestLogEntry? LogEntry(this HttpContext context) => context.Items[typeof(RequestLogEntry)] as RequestLogEntry;

    /// <summary>Reads the body, validates it against the route's spec schema, and records it in the request log.</summary>
    public static async Task<RequestBody> ReadValidatedBodyAsync(this HttpContext context, CancellationToken cancellationToken)
    {
        var options = context.RequestServices.GetRequiredService<DiscordEmulatorOptions>();
        var validator = context.RequestServices.GetRequiredService<SpecValidator>();
        var body = await RequestBody.ReadAsync(context.Request, options.MaxFileBytes, cancellationToken);
        var route = context.Route();
        var method = route.Method.ToLowerInvariant();
        if (context.LogEntry() is { } entry)
        {
            entry.Body = body.Json?.DeepClone();
            entry.FileNames.AddRange(body.Files.Select(f => $"files[{f.Index}]={f.FileName}"));
            entry.UnknownFields.AddRange(validator.UnknownProperties(route.SpecPath, method, body.Json));
        }

        if (validator.Validate(route.SpecPath, method, body.Json) is { } errors)
        {
            throw DiscordApiException.InvalidForm(errors);
        }

        return body;
    }

    /// <summary>Spec validation plus the message rules the spec misses.</summary>
    public static JsonObject CheckMessageRules(JsonObject message, int fileCount, bool mustNotBeEmpty)
    {
        var errors = new JsonObject();
        MessageRules.Check(message, errors);
        if (errors.Count > 0)
        {
            throw DiscordApiException.InvalidForm(errors);
        }

        if (mustNotBeEmpty && MessageRules.IsEmpty(message, fileCount))
        {
            throw DiscordApiException.EmptyMessage();
        }

        return message;
    }
}

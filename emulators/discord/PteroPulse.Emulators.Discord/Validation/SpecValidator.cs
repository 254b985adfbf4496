using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace PteroPulse.Emulators.Discord.Validation;

/// <summary>
/// Validates request bodies against the request schema of a spec operation. Each operation's schema is built once;
/// the component schemas live in one private registry per validator, so building never registers an id twice.
/// </summary>
public sealed class SpecValidator
{
    private static readonly Lazy<SpecValidator> Shared = new(() => new SpecValidator(SpecDocument.LoadEmbedded()));

    private readonly SpecDocument _spec;
    private readonly Lazy<Registry> _normal;
    private readonly Lazy<Registry> _strict;
    // Lazy values: two requests racing on a first build must not register the same schema id twice (that throws).
    private readonly ConcurrentDictionary<(string, bool), Lazy<JsonSchema?>> _operations = new();

    public SpecValidator(SpecDocument spec)
    {
        _spec = spec;
        _normal = new(() => BuildRegistry(strict: false));
        _strict = new(() => BuildRegistry(strict: true));
    }

    /// <summary>The spec is immutable data, so every emulator in a process can share one parsed copy.</summary>
    public static SpecValidator Default => Shared.Value;

    /// <summary>Validates <paramref name="body"/>; returns the Discord-style error tree, or null when valid.</summary>
    public JsonObject? Validate(string specPath, string method, JsonNode? body) =>
        Evaluate(specPath, method, body, strict: false) is { Count: > 0 } errors ? ErrorTree.Build(errors) : null;

    /// <summary>Validates any value against a named component schema (e.g. MessageResponse), for checking the emulator's answers.</summary>
    public JsonObject? ValidateComponent(string schemaName, JsonNode? value)
    {
        var schema = _operations.GetOrAdd(("#component " + schemaName, false), _ => new Lazy<JsonSchema?>(() =>
        {
            var registry = _normal.Value;
            var wrapper = new JsonObject { ["$schema"] = "https://json-schema.org/draft/2020-12/schema", ["$ref"] = $"{registry.BaseUri}#/$defs/{schemaName}" };
            return JsonSchema.Build(JsonSerializer.SerializeToElement(wrapper), registry.Options, new Uri($"{registry.BaseUri}/components/{schemaName}"));
        })).Value!;
        var element = value is null ? JsonDocument.Parse("null").RootElement : JsonSerializer.SerializeToElement(value);
        var results = schema.Evaluate(element, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        return results.IsValid ? null : ErrorTree.Build(ResultsReader.LeafErrors(results));
    }

    /// <summary>Paths of properties the spec does not know (misspellings, invented fields), for the request log.</summary>
    public IReadOnlyList<string> UnknownProperties(string specPath, string method, JsonNode? body) =>
        Evaluate(specPath, method, body, strict: true)
            .Where(e => e.Keyword is "unevaluatedProperties" or "additionalProperties")
            .Select(e => e.Path.Length == 0 ? "(root)" : string.Join('.', e.Path))
            .Distinct()
            .ToList();

    private IReadOnlyList<SchemaError> Evaluate(string specPath, string method, JsonNode? body, bool strict)
    {
        var schema = _operations.GetOrAdd((specPath + " " + method, strict), _ => new Lazy<JsonSchema?>(() => BuildOperation(specPath, method, strict))).Value;
        if (schema is null)
        {
            return [];
        }

        var element = body is null ? JsonDocument.Parse("null").RootElement : JsonSerializer.SerializeToElement(body);
        var results = schema.Evaluate(element, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        return results.IsValid ? [] : ResultsReader.LeafErrors(results);
    }

    private JsonSchema? BuildOperation(string specPath, string method, bool strict)
    {
        if (_spec.RequestSchema(specPath, method) is not { } requestSchema)
        {
            return null;
        }

        var registry = strict ? _strict.Value : _normal.Value;
        var rewritten = SchemaRewriter.Rewrite(requestSchema, registry.BaseUri, strict).AsObject();
        rewritten["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        var baseUri = new Uri($"{registry.BaseUri}/operations/{Uri.EscapeDataString(method + specPath)}");
        return JsonSchema.Build(JsonSerializer.SerializeToElement(rewritten), registry.Options, baseUri);
    }

    private Registry BuildRegistry(bool strict)
    {
        var baseUri = $"https://emulator.invalid/discord-spec/{(strict ? "strict" : "normal")}/{Guid.NewGuid():N}";
        var definitions = new JsonObject();
        foreach (var schema in _spec.Schemas)
        {
            definitions[schema.Key] = SchemaRewriter.Rewrite(schema.Value!, baseUri, strict);
        }

        var document = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = baseUri,
            ["$defs"] = definitions,
        };
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        JsonSchema.Build(JsonSerializer.SerializeToElement(document), options, new Uri(baseUri));
        return new Registry(baseUri, options);
    }

    private sealed record Registry(string BaseUri, BuildOptions Options);
}

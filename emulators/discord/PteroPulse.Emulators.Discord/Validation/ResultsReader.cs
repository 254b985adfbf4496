using Json.Schema;

namespace PteroPulse.Emulators.Discord.Validation;

/// <summary>
/// Reduces JsonSchema.Net's hierarchical results to the errors a person would name. For anyOf/oneOf unions only the
/// alternative that fits best is reported (the one whose discriminating "type"/const matched), otherwise every union
/// would produce one error per alternative.
/// </summary>
public static class ResultsReader
{
    private static readonly HashSet<string> Structural = ["anyOf", "oneOf", "allOf", "$ref", "properties", "items", "prefixItems", "additionalProperties", "$dynamicRef", "not", "if", "then", "else", "dependentSchemas", "patternProperties"];

    public static IReadOnlyList<SchemaError> LeafErrors(EvaluationResults root)
    {
        var errors = new List<SchemaError>();
        Collect(root, errors);
        return errors
            .GroupBy(e => string.Join('/', e.Path))
            .Select(g => g.First())
            .ToList();
    }

    private static void Collect(EvaluationResults node, List<SchemaError> into)
    {
        if (node.IsValid)
        {
            return;
        }

        var path = Segments(node.InstanceLocation.ToString());
        if (node.Errors is { } errors)
        {
            foreach (var (reported, message) in errors)
            {
                // A false subschema (unevaluatedProperties: false) reports under "", so name it by where it sits.
                var keyword = reported.Length > 0 ? reported : LastSegment(node.EvaluationPath.ToString());
                if (!Structural.Contains(keyword))
                {
                    into.Add(new SchemaError(path, keyword, message));
                }
                else if (keyword == "additionalProperties")
                {
                    into.Add(new SchemaError(path, keyword, message));
                }
            }
        }

        var children = node.Details ?? [];
        var unions = children
            .Select(c => (Child: c, Union: UnionKey(c.EvaluationPath.ToString())))
            .Where(x => x.Union is not null)
            .GroupBy(x => x.Union!)
            .ToList();
        foreach (var child in children.Where(c => UnionKey(c.EvaluationPath.ToString()) is null))
        {
            Collect(child, into);
        }

        foreach (var union in unions)
        {
            var members = union.Select(x => x.Child).ToList();
            if (members.Any(m => m.IsValid))
            {
                continue;
            }

            var best = members
                .Select(m =>
                {
                    var local = new List<SchemaError>();
                    Collect(m, local);
                    var depth = Segments(m.InstanceLocation.ToString()).Length;
                    var shallow = local.Count(e => e.Keyword is "const" or "enum" or "type" && e.Path.Length <= depth + 1);
                    return (Errors: local, Shallow: shallow);
                })
                .OrderBy(x => x.Shallow)
                .ThenBy(x => x.Errors.Count)
                .First();
            into.AddRange(best.Errors);
        }
    }

    private static string LastSegment(string pointer) => pointer[(pointer.LastIndexOf('/') + 1)..];

    /// <summary>"/x/anyOf/2" belongs to union "/x/anyOf"; anything else is not a union alternative.</summary>
    private static string? UnionKey(string evaluationPath)
    {
        var cut = evaluationPath.LastIndexOf('/');
        if (cut <= 0 || !int.TryParse(evaluationPath.AsSpan(cut + 1), out _))
        {
            return null;
        }

        var parent = evaluationPath[..cut];
        return parent.EndsWith("/anyOf", StringComparison.Ordinal) || parent.EndsWith("/oneOf", StringComparison.Ordinal) ? parent : null;
    }

    private static string[] Segments(string pointer) =>
        pointer.Length == 0
            ? []
            : pointer.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => s.Replace("~1", "/").Replace("~0", "~")).ToArray();
}

using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PteroPulse.Emulators.Discord.Validation;

/// <summary>Builds Discord's nested 50035 "errors" object: one branch per path segment, leaves hold "_errors".</summary>
public static partial class ErrorTree
{
    public static JsonObject Build(IEnumerable<SchemaError> errors)
    {
        var root = new JsonObject();
        foreach (var error in errors)
        {
            var path = error.Path;
            var (code, message) = Describe(error);
            if (error.Keyword == "required")
            {
                foreach (var name in QuotedNames(error.Message))
                {
                    Add(root, [.. path, name], "BASE_TYPE_REQUIRED", "This field is required");
                }

                continue;
            }

            Add(root, path, code, message);
        }

        return root;
    }

    public static void Add(JsonObject root, IReadOnlyList<string> path, string code, string message)
    {
        var node = root;
        foreach (var segment in path)
        {
            if (node[segment] is not JsonObject next)
            {
                next = new JsonObject();
                node[segment] = next;
            }

            node = next;
        }

        if (node["_errors"] is not JsonArray list)
        {
            list = [];
            node["_errors"] = list;
        }

        list.Add(new JsonObject { ["code"] = code, ["message"] = message });
    }

    private static (string Code, string Message) Describe(SchemaError error)
    {
        var number = error.Limit ?? FirstNumber().Match(error.Message).Value;
        return error.Keyword switch
        {
            "maxLength" or "maxItems" => ("BASE_TYPE_MAX_LENGTH", $"Must be {number} or fewer in length."),
            "minLength" or "minItems" => ("BASE_TYPE_MIN_LENGTH", $"Must be {number} or more in length."),
            "maximum" or "exclusiveMaximum" => ("NUMBER_TYPE_MAX", $"int value should be less than or equal to {number}."),
            "minimum" or "exclusiveMinimum" => ("NUMBER_TYPE_MIN", $"int value should be greater than or equal to {number}."),
            "const" or "enum" => ("BASE_TYPE_CHOICES", "Value must be one of the allowed choices."),
            "pattern" => ("STRING_TYPE_REGEX", "String value did not match validation regex."),
            "type" => ("BASE_TYPE_BAD_TYPE", error.Message),
            "uniqueItems" => ("LIST_ITEM_VALUE_DUPLICATE", "List items must be unique."),
            "unevaluatedProperties" or "additionalProperties" or "false" => ("UNKNOWN_FIELD", "Unknown field."),
            _ => ("BASE_TYPE_INVALID", error.Message),
        };
    }

    private static IEnumerable<string> QuotedNames(string message) =>
        QuotedName().Matches(message).Select(m => m.Groups[1].Value);

    [GeneratedRegex(@"\d+")]
    private static partial Regex FirstNumber();

    [GeneratedRegex("\"([^\"]+)\"")]
    private static partial Regex QuotedName();
}

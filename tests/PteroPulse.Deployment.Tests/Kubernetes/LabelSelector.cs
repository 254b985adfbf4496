using PteroPulse.Deployment.Tests.Support;

namespace PteroPulse.Deployment.Tests.Kubernetes;

/// <summary>Evaluates matchLabels / matchExpressions (In, NotIn, Exists, DoesNotExist) against a set of labels.</summary>
internal static class LabelSelector
{
    public static bool Matches(YamlDotNet.RepresentationModel.YamlNode? selector, IReadOnlyDictionary<string, string> labels)
    {
        var matchLabels = selector.StringMap("matchLabels");
        if (matchLabels.Any(pair => !labels.TryGetValue(pair.Key, out var value) || value != pair.Value))
        {
            return false;
        }

        return selector.Items("matchExpressions").All(expression =>
        {
            var key = expression.Text("key")!;
            var values = expression.Strings("values");
            var present = labels.TryGetValue(key, out var value);
            return expression.Text("operator") switch
            {
                "In" => present && values.Contains(value!),
                "NotIn" => !present || !values.Contains(value!),
                "Exists" => present,
                "DoesNotExist" => !present,
                var other => throw new InvalidOperationException($"Unknown selector operator {other}."),
            };
        });
    }

    /// <summary>A Service's selector is a plain map rather than a LabelSelector.</summary>
    public static bool MatchesMap(IReadOnlyDictionary<string, string> selector, IReadOnlyDictionary<string, string> labels) =>
        selector.Count > 0 && selector.All(pair => labels.TryGetValue(pair.Key, out var value) && value == pair.Value);
}

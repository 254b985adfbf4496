using YamlDotNet.RepresentationModel;

namespace PteroPulse.Deployment.Tests.Support;

/// <summary>Just enough navigation over YamlDotNet's node model to read manifests without mapping classes.</summary>
internal static class YamlNodes
{
    public static IReadOnlyList<YamlMappingNode> LoadAll(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>().ToList();
    }

    public static YamlNode? Get(this YamlNode? node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>Follows a path of keys; null as soon as one is missing.</summary>
    public static YamlNode? At(this YamlNode? node, params string[] path) =>
        path.Aggregate(node, (current, key) => current.Get(key));

    public static string? Text(this YamlNode? node, params string[] path) => (node.At(path) as YamlScalarNode)?.Value;

    public static IReadOnlyList<YamlNode> Items(this YamlNode? node, params string[] path) =>
        node.At(path) is YamlSequenceNode sequence ? sequence.Children.ToList() : [];

    public static IReadOnlyList<string> Keys(this YamlNode? node, params string[] path) =>
        node.At(path) is YamlMappingNode map ? map.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value!).ToList() : [];

    public static IReadOnlyList<string> Strings(this YamlNode? node, params string[] path) =>
        node.Items(path).OfType<YamlScalarNode>().Select(s => s.Value ?? "").ToList();

    public static IReadOnlyDictionary<string, string> StringMap(this YamlNode? node, params string[] path) =>
        node.At(path) is YamlMappingNode map
            ? map.Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => (c.Value as YamlScalarNode)?.Value ?? "")
            : new Dictionary<string, string>();
}

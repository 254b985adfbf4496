using PteroPulse.Deployment.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace PteroPulse.Deployment.Tests.Kubernetes;

/// <summary>The environment variables a container receives: env entries plus every key of its envFrom sources.</summary>
internal static class ContainerEnvironment
{
    public static IReadOnlyList<string> Names(RenderedOverlay overlay, YamlNode container) =>
        [.. container.Items("env").Select(e => e.Text("name")!), .. FromSources(overlay, container).Keys];

    /// <summary>Variables that come from envFrom, with the ConfigMap or Secret that supplies each.</summary>
    public static IReadOnlyDictionary<string, string> FromSources(RenderedOverlay overlay, YamlNode container)
    {
        var names = new Dictionary<string, string>();
        foreach (var source in container.Items("envFrom"))
        {
            if (source.Text("configMapRef", "name") is { } configMap)
            {
                var data = overlay.Find("ConfigMap", configMap) ?? throw new InvalidOperationException($"envFrom names missing ConfigMap {configMap}.");
                foreach (var key in data.Keys("data"))
                {
                    names[key] = "ConfigMap/" + configMap;
                }
            }

            if (source.Text("secretRef", "name") is { } secret)
            {
                foreach (var key in SecretTemplate.Values.Keys)
                {
                    names[key] = "Secret/" + secret;
                }
            }
        }

        return names;
    }

    public static IEnumerable<(string Secret, string Key)> SecretKeyRefs(YamlNode container) =>
        container.Items("env")
            .Select(e => e.At("valueFrom", "secretKeyRef"))
            .Where(r => r is not null)
            .Select(r => (r.Text("name")!, r.Text("key")!));

    public static IEnumerable<string> ConfigMapNames(YamlNode container) =>
        container.Items("envFrom").Select(s => s.Text("configMapRef", "name"))
            .Concat(container.Items("env").Select(e => e.Text("valueFrom", "configMapKeyRef", "name")))
            .OfType<string>();
}

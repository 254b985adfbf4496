using PteroPulse.Deployment.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace PteroPulse.Deployment.Tests.Compose;

/// <summary>A service's volume entry in either syntax: docker-compose 1.x prints "source:target:mode", v2 a mapping.</summary>
internal sealed record VolumeMount(string Source, string Target)
{
    public static VolumeMount Of(YamlNode entry) =>
        entry is YamlScalarNode { Value: { } text }
            ? new VolumeMount(text.Split(':')[0], text.Split(':')[1])
            : new VolumeMount(entry.Text("source") ?? "", entry.Text("target") ?? "");
}

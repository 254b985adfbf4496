namespace PteroPulse.Deployment.Tests.Support;

internal static class ImageReference
{
    /// <summary>The image's own name: ghcr.io:443/org/poller:1.0@sha256:... -> poller.</summary>
    public static string NameOf(string image) => image.Split('@')[0].Split('/')[^1].Split(':')[0];
}

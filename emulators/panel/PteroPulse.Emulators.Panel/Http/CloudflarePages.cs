namespace PteroPulse.Emulators.Panel.Http;

/// <summary>Abridged copies of the pages Cloudflare serves in front of a panel.</summary>
internal static class CloudflarePages
{
    public const string BadGateway =
        "<!DOCTYPE html><html><head><title>panel.example.org | 502: Bad gateway</title></head><body>" +
        "<h1>Bad gateway</h1><p>Error code 502</p><p>Cloudflare Ray ID: 8f1e2d3c4b5a6978</p></body></html>";

    public const string Challenge =
        "<!DOCTYPE html><html lang=\"en-US\"><head><title>Just a moment...</title></head><body>" +
        "<noscript>Enable JavaScript and cookies to continue</noscript></body></html>";
}

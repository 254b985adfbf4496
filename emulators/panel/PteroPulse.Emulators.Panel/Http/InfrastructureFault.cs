namespace PteroPulse.Emulators.Panel.Http;

/// <summary>Failures of the panel itself or of what stands in front of it (nginx, Cloudflare).</summary>
public enum InfrastructureFault
{
    None,

    /// <summary>Every answer is delayed by <see cref="PanelFaults.Delay"/>, then given normally.</summary>
    Slow,

    /// <summary>500 with the panel's "An unexpected error..." body.</summary>
    ServerError,

    /// <summary>503 "Service Unavailable" (artisan down).</summary>
    Maintenance,

    /// <summary>A Cloudflare 502 HTML page with cf-ray.</summary>
    CloudflareBadGateway,

    /// <summary>A Cloudflare 403 "Just a moment..." challenge with cf-mitigated: challenge.</summary>
    CloudflareChallenge,

    /// <summary>200 with Content-Type application/json and a truncated body.</summary>
    MalformedJson,
}

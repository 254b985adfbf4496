using System.ComponentModel.DataAnnotations;

namespace PteroPulse.Emulators.Panel;

/// <summary>The emulated panel: its fleet, its limits and its timing. Defaults are those of a real Pterodactyl 1.11.</summary>
public sealed class PanelEmulatorOptions
{
    public const string SectionName = "PanelEmulator";

    public PanelFlavor Flavor { get; set; } = PanelFlavor.Pterodactyl;

    [Range(1, 50_000)]
    public int ServerCount { get; set; } = 12;

    [Range(1, 100)]
    public int NodeCount { get; set; } = 3;

    /// <summary>Seeds names, limits and load curves, so one seed always yields the same fleet.</summary>
    public int Seed { get; set; } = 42;

    /// <summary>Share of servers running at start; the rest are offline.</summary>
    [Range(0.0, 1.0)]
    public double RunningFraction { get; set; } = 0.75;

    /// <summary>Client API requests per user per window (APP_API_CLIENT_RATELIMIT); null = the flavour's default.</summary>
    [Range(1, 10_000_000)]
    public int? ClientRateLimit { get; set; }

    /// <summary>Application API requests per user per window; null = the flavour's default.</summary>
    [Range(1, 10_000_000)]
    public int? ApplicationRateLimit { get; set; }

    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The panel caches each server's /resources answer for 20 s, shared by all callers.</summary>
    public TimeSpan ResourceCacheDuration { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long a server stays "starting" before "running".</summary>
    public TimeSpan StartDuration { get; set; } = TimeSpan.FromSeconds(6);

    /// <summary>How long a server stays "stopping" before "offline".</summary>
    public TimeSpan StopDuration { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>The panel's public URL for pagination links and the JWT issuer; empty = the request's own scheme and host.</summary>
    public string PublicUrl { get; set; } = "";

    /// <summary>Guards the /_emulator control endpoints (header X-Emulator-Token); empty = a random token per run.</summary>
    public string ControlToken { get; set; } = "";

    /// <summary>Keeps a log of every API request (time, path, status) for tests and benchmarks; capped.</summary>
    public int RequestLogCapacity { get; set; } = 200_000;

    public int EffectiveClientRateLimit => ClientRateLimit ?? (Flavor == PanelFlavor.Pelican ? 256 : 720);

    public int EffectiveApplicationRateLimit => ApplicationRateLimit ?? (Flavor == PanelFlavor.Pelican ? 256 : 240);
}

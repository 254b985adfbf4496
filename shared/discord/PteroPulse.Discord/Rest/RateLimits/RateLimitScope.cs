namespace PteroPulse.Discord.Rest.RateLimits;

/// <summary>Whose limit a 429 was about (<c>X-RateLimit-Scope</c>).</summary>
public enum RateLimitScope
{
    /// <summary>This bot's per-route bucket.</summary>
    User,

    /// <summary>The bot's global 50 per second.</summary>
    Global,

    /// <summary>A limit on the resource shared by everyone; not our fault and not counted toward the IP ban.</summary>
    Shared,
}

using System.ComponentModel.DataAnnotations;
using PteroPulse.ServiceDefaults.Configuration;

namespace PteroPulse.Poller.Pterodactyl;

/// <summary>The panel and how the poller treats it. Section "Pterodactyl"; the key comes from Pterodactyl__ApiKey only.</summary>
public sealed class PterodactylOptions : IOptionsSection
{
    public static string SectionName => "Pterodactyl";

    /// <summary>The panel's base URL, e.g. https://panel.example.org (Pterodactyl or Pelican).</summary>
    [Required, PanelUrl]
    public string Url { get; set; } = "";

    /// <summary>A client (account) API key: ptlc_/pacc_..., 48 characters. Environment only, never a file.</summary>
    [Required, ClientApiKey]
    public string ApiKey { get; set; } = "";

    /// <summary>
    /// How often each server is sampled. The panel caches /resources for 20 s per server, so below 20 s the numbers
    /// repeat; 10 s halves the worst-case delay before a state change shows. 5 s is the floor: faster only burns
    /// the rate limit. The poller lengthens its cycle on its own when the key's limit cannot sustain this.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the server list is fetched again (one request per 100 servers).</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan ServerListRefreshInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Requests in flight at once; a node that hangs for 15 s must not stall the whole fleet.</summary>
    [Range(1, 256)]
    public int MaxConcurrency { get; set; } = 16;

    /// <summary>Above the panel's own 15 s Wings read timeout, so a hanging node yields the panel's 504, not ours.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:02:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Share of the key's rate limit left for people (the admin's browser shares the bucket) and commands.</summary>
    [Range(0.0, 0.9)]
    public double RateLimitReserve { get; set; } = 0.2;

    /// <summary>Retries after a timeout or a 5xx, with exponential backoff and jitter; other answers are final.</summary>
    [Range(0, 5)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>After a power signal the server is sampled this often until its state settles.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:00:30")]
    public TimeSpan PowerFollowUpInterval { get; set; } = TimeSpan.FromSeconds(2);

    [Range(typeof(TimeSpan), "00:00:05", "00:10:00")]
    public TimeSpan PowerFollowUpTimeout { get; set; } = TimeSpan.FromMinutes(1);
}

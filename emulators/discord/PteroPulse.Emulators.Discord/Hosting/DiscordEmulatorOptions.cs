using System.ComponentModel.DataAnnotations;
using PteroPulse.Emulators.Discord.Seeding;

namespace PteroPulse.Emulators.Discord.Hosting;

/// <summary>Everything that makes one emulated Discord: identities, timings, limits and the seeded world.</summary>
public sealed class DiscordEmulatorOptions
{
    public const string SectionName = "DiscordEmulator";

    /// <summary>Port of a standalone emulator when none is configured (in-process hosts default to a free port).</summary>
    public const int StandalonePort = 5180;

    /// <summary>The bot token the emulated application accepts (REST "Bot &lt;token&gt;" and gateway Identify).</summary>
    [Required]
    public string BotToken { get; set; } = "emulator-bot-token";

    /// <summary>Token for the control API (header "Authorization: Admin &lt;token&gt;").</summary>
    [Required]
    public string AdminToken { get; set; } = "emulator-admin-token";

    public ulong ApplicationId { get; set; } = 1310000000000000000;

    public string BotUsername { get; set; } = "PteroPulse";

    /// <summary>Hex Ed25519 seed used to sign HTTP interactions. The public key is derived from it.</summary>
    public string SigningKeySeedHex { get; set; } = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";

    /// <summary>When set, interactions are POSTed here (signed) and never sent over the gateway.</summary>
    public string? InteractionsEndpointUrl { get; set; }

    /// <summary>Port to listen on; 0 picks a free one in-process (what tests use) and 5180 when run on its own.</summary>
    [Range(0, 65535)]
    public int Port { get; set; }

    /// <summary>Address to bind; loopback by default because the emulator has no real security.</summary>
    public string BindAddress { get; set; } = "127.0.0.1";

    /// <summary>Path of a JSON seed file (guilds, channels, roles, members); Seed wins when both are given.</summary>
    public string? SeedFile { get; set; }

    public EmulatorSeed? Seed { get; set; }

    public GatewayBehaviourOptions Gateway { get; set; } = new();

    public RateLimitOptions RateLimits { get; set; } = new();

    public InteractionTimingOptions Interactions { get; set; } = new();

    /// <summary>Maximum request size: Discord's 25 MiB.</summary>
    public long MaxRequestBytes { get; set; } = 25L * 1024 * 1024;

    /// <summary>Refuse requests whose User-Agent is not "DiscordBot (url, version)", as Cloudflare may.</summary>
    public bool RequireUserAgent { get; set; }

    /// <summary>Per-file limit: Discord's default 10 MiB.</summary>
    public long MaxFileBytes { get; set; } = 10L * 1024 * 1024;
}

public sealed class GatewayBehaviourOptions
{
    /// <summary>Real gateways send 41250 ms (discord-api-docs#304).</summary>
    public int HeartbeatIntervalMs { get; set; } = 41250;

    /// <summary>How long a session survives without a connection before Resume fails.</summary>
    public TimeSpan ResumeWindow { get; set; } = TimeSpan.FromMinutes(3);

    public int RecommendedShards { get; set; } = 1;

    public int MaxConcurrency { get; set; } = 1;

    public int SessionStartLimit { get; set; } = 1000;

    public int MaxPayloadBytes { get; set; } = 4096;

    public int SendsPerMinute { get; set; } = 120;

    /// <summary>Privileged intents this application has been approved for (bits of GUILD_MEMBERS, GUILD_PRESENCES, MESSAGE_CONTENT).</summary>
    public long ApprovedPrivilegedIntents { get; set; }

    public int MaxGuildsPerShard { get; set; } = 2500;

    /// <summary>After op 7 the server closes the connection itself "a few seconds later".</summary>
    public TimeSpan ReconnectCloseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A connection without a heartbeat for this many intervals is closed with 4009 and its session ends.</summary>
    public double HeartbeatTimeoutFactor { get; set; } = 1.5;
}

public sealed class RateLimitOptions
{
    public bool Enabled { get; set; } = true;

    public int GlobalPerSecond { get; set; } = 50;

    public RouteLimit MessageCreateAndEdit { get; set; } = new() { Limit = 5, Window = TimeSpan.FromSeconds(5) };

    public RouteLimit MessageDelete { get; set; } = new() { Limit = 5, Window = TimeSpan.FromSeconds(1) };

    /// <summary>Edits of messages older than one hour (code 30046); one report says about 3 per 20 s per channel.</summary>
    public RouteLimit OldMessageEdit { get; set; } = new() { Limit = 3, Window = TimeSpan.FromSeconds(20) };

    public RouteLimit Webhook { get; set; } = new() { Limit = 5, Window = TimeSpan.FromSeconds(5) };

    public RouteLimit CommandOverwrite { get; set; } = new() { Limit = 2, Window = TimeSpan.FromSeconds(60) };

    public RouteLimit Default { get; set; } = new() { Limit = 50, Window = TimeSpan.FromSeconds(1) };

    /// <summary>Cloudflare bans an IP past 10,000 responses with 401, 403 or 429 in 10 minutes.</summary>
    public int InvalidRequestBanThreshold { get; set; } = 10_000;
}

public sealed class RouteLimit
{
    public int Limit { get; set; }

    public TimeSpan Window { get; set; }
}

public sealed class InteractionTimingOptions
{
    public TimeSpan InitialResponseDeadline { get; set; } = TimeSpan.FromSeconds(3);

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Discord regularly sends a deliberately bad signature to an interactions endpoint; the emulator does so before
    /// every Nth delivery (0 = only when the endpoint is set and on demand).
    /// </summary>
    public int BadSignatureProbeEvery { get; set; } = 20;

    /// <summary>How long the emulator waits for an HTTP interactions endpoint to answer.</summary>
    public TimeSpan HttpTimeout { get; set; } = TimeSpan.FromSeconds(10);
}

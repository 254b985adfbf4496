using System.ComponentModel.DataAnnotations;

namespace PteroPulse.Discord.Gateway;

/// <summary>The gateway connection (section <c>Discord:Gateway</c>).</summary>
public sealed class DiscordGatewayOptions : IValidatableObject
{
    public const string SectionName = "Discord:Gateway";

    /// <summary>GUILDS (1): guild and channel events. INTERACTION_CREATE needs no intent. Privileged intents close with 4014.</summary>
    [Range(0, (1 << 26) - 1)]
    public int Intents { get; set; } = 1;

    /// <summary>Override of the URL from <c>GET /gateway/bot</c> (the emulator's ws:// address in tests).</summary>
    public string Url { get; set; } = "";

    /// <summary>Transport compression: <c>None</c> or <c>ZlibStream</c> (one zlib context per connection).</summary>
    public GatewayCompression Compression { get; set; } = GatewayCompression.None;

    /// <summary>Total shards; 0 takes Discord's recommendation from <c>GET /gateway/bot</c>.</summary>
    [Range(0, 100_000)]
    public int ShardCount { get; set; }

    /// <summary>First shard this process runs.</summary>
    [Range(0, 100_000)]
    public int FirstShardId { get; set; }

    /// <summary>Last shard this process runs; null means the last one (<c>ShardCount - 1</c>).</summary>
    [Range(0, 100_000)]
    public int? LastShardId { get; set; }

    /// <summary>First delay before reconnecting after a failed connection; doubles up to <see cref="MaxReconnectDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long Discord's docs say to wait before identifying again after op 9 (a random value up to this).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan InvalidSessionDelay { get; set; } = TimeSpan.FromSeconds(5);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Url.Length > 0 && (!Uri.TryCreate(Url, UriKind.Absolute, out var uri) || uri.Scheme is not ("ws" or "wss")))
        {
            yield return new ValidationResult("must be a ws:// or wss:// URL, or empty to ask Discord", [nameof(Url)]);
        }

        if (LastShardId is { } last && last < FirstShardId)
        {
            yield return new ValidationResult("must not be below FirstShardId", [nameof(LastShardId)]);
        }

        if (ShardCount > 0 && (LastShardId ?? FirstShardId) >= ShardCount)
        {
            yield return new ValidationResult($"shard ids must be below ShardCount ({ShardCount})", [nameof(LastShardId)]);
        }

        // Privileged intents (members, presences, message content) close the connection with 4014 unless approved.
        if ((Intents & ((1 << 1) | (1 << 8) | (1 << 15))) != 0)
        {
            yield return new ValidationResult("asks for a privileged intent (GUILD_MEMBERS, GUILD_PRESENCES or MESSAGE_CONTENT); PteroPulse needs none", [nameof(Intents)]);
        }
    }
}

public enum GatewayCompression
{
    None,
    ZlibStream,
}

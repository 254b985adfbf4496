using System.ComponentModel.DataAnnotations;

namespace PteroPulse.Discord;

/// <summary>The bot's identity and REST settings (section <c>Discord</c>). The token comes only from the environment.</summary>
public sealed class DiscordOptions : IValidatableObject
{
    public const string SectionName = "Discord";

    /// <summary>Bot token without the "Bot " prefix; from <c>Discord__Token</c>. Never logged.</summary>
    [Required]
    public string Token { get; set; } = "";

    /// <summary>The application (bot) id; when 0 it is read from <c>GET /applications/@me</c> on first use.</summary>
    public ulong ApplicationId { get; set; }

    /// <summary>REST base URL including the version; the emulator's address in tests.</summary>
    [Required, Url]
    public string RestBaseUrl { get; set; } = "https://discord.com/api/v10/";

    /// <summary>Discord's docs ask for this exact shape; Cloudflare may block requests without one.</summary>
    [Required]
    public string UserAgent { get; set; } = "DiscordBot (https://github.com/pteropulse/pteropulse, 1.0)";

    /// <summary>Per attempt; an attempt that hangs this long is retried like a network failure.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after 5xx answers and network failures (never after other 4xx).</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>Retries after a 429 before <see cref="Rest.DiscordRateLimitedException"/> is thrown.</summary>
    [Range(0, 10)]
    public int MaxRateLimitRetries { get; set; } = 3;

    /// <summary>Discord's global limit per bot; interaction routes are not counted.</summary>
    [Range(1, 10_000)]
    public int GlobalRequestsPerSecond { get; set; } = 50;

    /// <summary>
    /// 401/403/429 answers per 10 minutes at which a warning is logged. Discord bans the IP at 10,000; 500 leaves
    /// time to react long before that.
    /// </summary>
    [Range(1, 10_000)]
    public int InvalidRequestWarningThreshold { get; set; } = 500;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // A token pasted with its "Bot " prefix, or with a line break from a file, would be refused with a bare 401.
        if (Token.StartsWith("Bot ", StringComparison.OrdinalIgnoreCase))
        {
            yield return new ValidationResult("must be the bare token, without the \"Bot \" prefix", [nameof(Token)]);
        }
        else if (Token.Any(char.IsWhiteSpace))
        {
            yield return new ValidationResult("must not contain spaces or line breaks", [nameof(Token)]);
        }
    }

    /// <summary>Hide the token if the options object is ever printed.</summary>
    public override string ToString() => $"DiscordOptions {{ RestBaseUrl = {RestBaseUrl}, ApplicationId = {ApplicationId}, Token = *** }}";
}

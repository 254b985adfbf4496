using System.ComponentModel.DataAnnotations;

namespace PteroPulse.Discord.Interactions;

/// <summary>Interaction handling (section <c>Discord:Interactions</c>).</summary>
public sealed class DiscordInteractionsOptions : IValidatableObject
{
    public const string SectionName = "Discord:Interactions";

    /// <summary>
    /// The application's public key (64 hex characters) for the HTTP interactions endpoint; from the environment
    /// (<c>Discord__Interactions__PublicKey</c>). Only needed when the endpoint is mapped.
    /// </summary>
    public string PublicKey { get; set; } = "";

    /// <summary>
    /// When a handler has not answered after this long, the library acknowledges for it (deferred reply) so the 3 s
    /// deadline is never missed; the handler's answer then edits the original response. 2.5 s leaves 0.5 s for the
    /// callback to reach Discord.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:02.800")]
    public TimeSpan AutoDeferAfter { get; set; } = TimeSpan.FromSeconds(2.5);

    /// <summary>HTTP interactions with an older (or further future) signature timestamp are refused as replays.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan MaxTimestampAge { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Register commands in these guilds (applies at once; for development). Empty: register globally.</summary>
    public List<ulong> CommandGuildIds { get; set; } = [];

    /// <summary>Bulk-overwrite the command definitions at start when they differ from Discord's.</summary>
    public bool RegisterCommands { get; set; } = true;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PublicKey.Length > 0 && (PublicKey.Length != 64 || !PublicKey.All(char.IsAsciiHexDigit)))
        {
            yield return new ValidationResult("must be the application's public key: 64 hexadecimal characters", [nameof(PublicKey)]);
        }
    }
}

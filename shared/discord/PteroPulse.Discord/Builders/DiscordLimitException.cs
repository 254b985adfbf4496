namespace PteroPulse.Discord.Builders;

/// <summary>A message breaks one of Discord's limits that cannot be fixed by shortening text (too many fields, rows...).</summary>
public sealed class DiscordLimitException(string message) : ArgumentException(message);

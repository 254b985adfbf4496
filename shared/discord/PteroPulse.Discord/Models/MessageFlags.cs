namespace PteroPulse.Discord.Models;

/// <summary>Message flags the bot sets; travels as an integer.</summary>
[Flags]
public enum MessageFlags
{
    None = 0,
    SuppressEmbeds = 1 << 2,
    Ephemeral = 1 << 6,
    SuppressNotifications = 1 << 12,
}

namespace PteroPulse.DiscordGateway.Updates;

/// <summary>A message's age from its snowflake id: milliseconds since Discord's epoch in the top 42 bits.</summary>
public static class MessageAge
{
    private const long DiscordEpochMs = 1420070400000;

    /// <summary>Discord caps edits to messages older than this (code 30046).</summary>
    public static readonly TimeSpan OldMessage = TimeSpan.FromHours(1);

    public static DateTimeOffset CreatedAt(ulong snowflake) => DateTimeOffset.FromUnixTimeMilliseconds((long)(snowflake >> 22) + DiscordEpochMs);

    public static bool IsOld(ulong messageId, DateTimeOffset now) => now - CreatedAt(messageId) >= OldMessage;
}

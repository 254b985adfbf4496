namespace PteroPulse.DiscordGateway.Updates;

/// <summary>The Discord JSON error codes the embed updates act on (reference: discord-api.md §7.2).</summary>
public static class DiscordErrorCodes
{
    public const int UnknownChannel = 10003;
    public const int UnknownMessage = 10008;
    public const int OldMessageEditLimit = 30046;
    public const int MissingAccess = 50001;
    public const int MissingPermissions = 50013;
}

namespace PteroPulse.Discord.Gateway;

/// <summary>What each gateway close code means for reconnecting (Discord's opcodes-and-status-codes page).</summary>
public static class GatewayCloseCodes
{
    public const int Normal = 1000;
    public const int Reconnecting = 4000;

    /// <summary>Codes after which reconnecting cannot help: a configuration or token problem a human must fix.</summary>
    public static bool IsFatal(int code) => code is 4004 or 4010 or 4011 or 4012 or 4013 or 4014;

    /// <summary>Codes after which the session is gone: reconnect with a fresh Identify, not Resume.</summary>
    public static bool EndsSession(int code) => code is 1000 or 1001 or 4003 or 4007 or 4009;

    public static string Describe(int code) => code switch
    {
        4000 => "unknown error",
        4001 => "unknown opcode",
        4002 => "decode error",
        4003 => "not authenticated",
        4004 => "authentication failed: the bot token is wrong; set Discord__Token to the token from the Developer Portal",
        4005 => "already authenticated",
        4007 => "invalid sequence on resume",
        4008 => "rate limited (more than 120 gateway sends per minute)",
        4009 => "session timed out",
        4010 => "invalid shard: check Discord:Gateway:ShardCount and the shard ids",
        4011 => "sharding required: the bot is in too many guilds for one shard; raise Discord:Gateway:ShardCount",
        4012 => "invalid API version",
        4013 => "invalid intents: check Discord:Gateway:Intents",
        4014 => "disallowed intents: a privileged intent is not enabled for this application in the Developer Portal",
        _ => $"close code {code}",
    };
}

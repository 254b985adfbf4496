namespace PteroPulse.Emulators.Discord.Gateway;

/// <summary>Gateway close codes with Discord's meanings (opcodes-and-status-codes page).</summary>
public static class GatewayCloseCodes
{
    public const int UnknownError = 4000;
    public const int UnknownOpcode = 4001;
    public const int DecodeError = 4002;
    public const int NotAuthenticated = 4003;
    public const int AuthenticationFailed = 4004;
    public const int AlreadyAuthenticated = 4005;
    public const int InvalidSeq = 4007;
    public const int RateLimited = 4008;
    public const int SessionTimedOut = 4009;
    public const int InvalidShard = 4010;
    public const int ShardingRequired = 4011;
    public const int InvalidApiVersion = 4012;
    public const int InvalidIntents = 4013;
    public const int DisallowedIntents = 4014;

    public static string Reason(int code) => code switch
    {
        UnknownError => "Unknown error.",
        UnknownOpcode => "Unknown opcode.",
        DecodeError => "Error while decoding payload.",
        NotAuthenticated => "Not authenticated.",
        AuthenticationFailed => "Authentication failed.",
        AlreadyAuthenticated => "Already authenticated.",
        InvalidSeq => "Invalid seq.",
        RateLimited => "Rate limited.",
        SessionTimedOut => "Session timed out.",
        InvalidShard => "Invalid shard.",
        ShardingRequired => "Sharding required.",
        InvalidApiVersion => "Invalid API version.",
        InvalidIntents => "Invalid intent(s).",
        DisallowedIntents => "Disallowed intent(s).",
        _ => "",
    };
}

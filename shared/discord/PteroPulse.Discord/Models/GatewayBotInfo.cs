namespace PteroPulse.Discord.Models;

/// <summary><c>GET /gateway/bot</c>: where to connect, the recommended shard count and the Identify budget.</summary>
public sealed record GatewayBotInfo
{
    public string Url { get; init; } = "";
    public int Shards { get; init; }
    public SessionStartLimit SessionStartLimit { get; init; } = new();
}

/// <summary>Identify budget; <see cref="ResetAfter"/> is in milliseconds, <see cref="MaxConcurrency"/> Identifies per 5 s.</summary>
public sealed record SessionStartLimit
{
    public int Total { get; init; }
    public int Remaining { get; init; }
    public long ResetAfter { get; init; }
    public int MaxConcurrency { get; init; } = 1;
}

namespace PteroPulse.Discord.Gateway;

/// <summary>The gateway connection(s) of this process: one session per shard in the configured range.</summary>
public interface IDiscordGatewayClient
{
    /// <summary>The shards and their states; empty before the client starts.</summary>
    IReadOnlyList<GatewayShardStatus> Shards { get; }

    /// <summary>Every shard has a live session.</summary>
    bool IsReady { get; }

    /// <summary>Set when a shard stopped on a fatal close code (bad token, intents, sharding).</summary>
    GatewayFatalException? Failure { get; }
}

public sealed record GatewayShardStatus(int ShardId, GatewayShardState State, TimeSpan? Latency);

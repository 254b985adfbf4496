namespace PteroPulse.Discord.Gateway;

/// <summary>What one shard needs to connect; the token never leaves this object except inside Identify/Resume.</summary>
internal sealed record GatewayShardSettings(int ShardId, int ShardCount, int MaxConcurrency, string GatewayUrl, string Token, DiscordGatewayOptions Gateway)
{
    public override string ToString() => $"shard {ShardId}/{ShardCount} at {GatewayUrl}";
}

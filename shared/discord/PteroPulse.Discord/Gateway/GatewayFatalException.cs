namespace PteroPulse.Discord.Gateway;

/// <summary>Discord closed the gateway with a code that reconnecting cannot fix (bad token, intents, sharding).</summary>
public sealed class GatewayFatalException(int shardId, int closeCode, string? reason)
    : Exception($"Discord closed the gateway for shard {shardId} with {closeCode} ({GatewayCloseCodes.Describe(closeCode)}){(string.IsNullOrEmpty(reason) ? "" : $": {reason}")}. Not reconnecting.")
{
    public int ShardId { get; } = shardId;
    public int CloseCode { get; } = closeCode;
}

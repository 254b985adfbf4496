using StackExchange.Redis;

namespace PteroPulse.Metrics.Storage;

/// <summary>
/// Key names. The server id sits in braces, a Redis Cluster hash tag, so both keys of one server live in the same
/// slot and the append script may touch both atomically on a cluster too.
/// </summary>
public static class RedisKeys
{
    public static RedisKey Samples(string serverId) => $"pteropulse:samples:{{{serverId}}}";

    public static RedisKey Hour(string serverId) => $"pteropulse:hour:{{{serverId}}}";
}

namespace PteroPulse.Metrics.Storage;

/// <summary>
/// Appends one sample atomically (Redis runs a script without interleaving other commands): replace any sample with
/// the same sampled-at, trim to the newest N, fold the sample into its minute of the hour series unless that exact
/// sampled-at was already counted, drop minutes older than an hour, and refresh both TTLs.
/// </summary>
/// <remarks>
/// The hour hash holds two short fields per minute, <c>{minute}</c> (the sums and maxima) and <c>{minute}:s</c> (the
/// sampled-at offsets already counted). Two fields rather than one long value because Redis keeps a hash in its
/// compact listpack encoding only while every value stays within 64 bytes (and it has at most 128 fields: 60
/// minutes × 2 fits); one combined value measured over 64 bytes and pushed the hash to the larger hashtable encoding.
/// </remarks>
internal static class AppendSampleScript
{
    // KEYS[1] samples (sorted set), KEYS[2] hour (hash)
    // ARGV[1] sampled-at unix ms, ARGV[2] cpu %, ARGV[3] memory bytes, ARGV[4] history length, ARGV[5] ttl ms,
    // ARGV[6] minute, ARGV[7] offset in the minute (base 36), ARGV[8] oldest minute kept
    // Returns the number of raw samples stored.
    public const string Lua = """
        local at = tonumber(ARGV[1])
        redis.call('ZREMRANGEBYSCORE', KEYS[1], at, at)
        redis.call('ZADD', KEYS[1], at, ARGV[1] .. ':' .. ARGV[2] .. ':' .. ARGV[3])
        redis.call('ZREMRANGEBYRANK', KEYS[1], 0, -tonumber(ARGV[4]) - 1)
        redis.call('PEXPIRE', KEYS[1], ARGV[5])
        local stored = redis.call('ZCARD', KEYS[1])

        local cpu = tonumber(ARGV[2])
        local memory = tonumber(ARGV[3])
        local seenField = ARGV[6] .. ':s'
        local current = redis.call('HGET', KEYS[2], ARGV[6])
        local bucket
        local seen
        if current then
          seen = redis.call('HGET', KEYS[2], seenField) or ''
          for o in string.gmatch(seen, '[^,]+') do
            if o == ARGV[7] then
              redis.call('PEXPIRE', KEYS[2], ARGV[5])
              return stored
            end
          end
          local n, cs, cm, ms, mm = string.match(current, '^([^:]+):([^:]+):([^:]+):([^:]+):([^:]+)$')
          bucket = string.format('%d:%.10g:%.10g:%.0f:%.0f', tonumber(n) + 1, tonumber(cs) + cpu,
            math.max(tonumber(cm), cpu), tonumber(ms) + memory, math.max(tonumber(mm), memory))
          seen = seen .. ',' .. ARGV[7]
        else
          bucket = string.format('%d:%.10g:%.10g:%.0f:%.0f', 1, cpu, cpu, memory, memory)
          seen = ARGV[7]
          local oldest = tonumber(ARGV[8])
          for _, field in ipairs(redis.call('HKEYS', KEYS[2])) do
            if tonumber(string.match(field, '^-?%d+')) < oldest then
              redis.call('HDEL', KEYS[2], field)
            end
          end
        end
        redis.call('HSET', KEYS[2], ARGV[6], bucket, seenField, seen)
        redis.call('PEXPIRE', KEYS[2], ARGV[5])
        return stored
        """;
}

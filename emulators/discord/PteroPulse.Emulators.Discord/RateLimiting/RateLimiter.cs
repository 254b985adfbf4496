using System.Security.Cryptography;
using System.Text;
using PteroPulse.Emulators.Discord.Hosting;

namespace PteroPulse.Emulators.Discord.RateLimiting;

/// <summary>
/// Fixed-window buckets keyed by bucket hash plus major parameter, as Discord counts them, and the global
/// per-token limit. Windows run on the emulator's clock, so advancing the clock also empties buckets.
/// </summary>
public sealed class RateLimiter(DiscordEmulatorOptions options, EmulatorClock clock)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Bucket, string Major), Window> _windows = [];
    private readonly Dictionary<string, Window> _global = new(StringComparer.Ordinal);

    public const string OldMessageEditBucket = "old-message-edit";

    public (string Name, RouteLimit Limit) BucketFor(RouteInfo route)
    {
        var limits = options.RateLimits;
        return route.Template switch
        {
            "POST /channels/{channel_id}/messages" or "PATCH /channels/{channel_id}/messages/{message_id}" => ("message-create-edit", limits.MessageCreateAndEdit),
            "DELETE /channels/{channel_id}/messages/{message_id}" => ("message-delete", limits.MessageDelete),
            "PUT /applications/{application_id}/commands" or "PUT /applications/{application_id}/guilds/{guild_id}/commands" => ("command-overwrite", limits.CommandOverwrite),
            _ when route.IsInteractionRoute => ("interaction-webhook", limits.Webhook),
            _ => (route.Template, limits.Default),
        };
    }

    public RateLimitVerdict Acquire(string bucketName, RouteLimit limit, string major)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            if (!_windows.TryGetValue((bucketName, major), out var window) || window.ResetAt <= now)
            {
                window = new Window(limit.Limit, now + limit.Window);
                _windows[(bucketName, major)] = window;
            }

            var allowed = window.Remaining > 0;
            if (allowed)
            {
                window.Remaining--;
            }

            return new RateLimitVerdict(allowed, Hash(bucketName), limit.Limit, window.Remaining, window.ResetAt, Math.Max(0, (window.ResetAt - now).TotalSeconds));
        }
    }

    /// <summary>50 requests per second per bot token; returns seconds to wait, or null when allowed.</summary>
    public double? AcquireGlobal(string token)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            if (!_global.TryGetValue(token, out var window) || window.ResetAt <= now)
            {
                window = new Window(options.RateLimits.GlobalPerSecond, now + TimeSpan.FromSeconds(1));
                _global[token] = window;
            }

            if (window.Remaining <= 0)
            {
                return Math.Max(0.001, (window.ResetAt - now).TotalSeconds);
            }

            window.Remaining--;
            return null;
        }
    }

    /// <summary>Bucket hashes are opaque in Discord; a stable hash of the bucket name keeps them opaque but constant.</summary>
    public static string Hash(string bucketName) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(bucketName)))[..32];

    private sealed class Window(int remaining, DateTimeOffset resetAt)
    {
        public int Remaining { get; set; } = remaining;

        public DateTimeOffset ResetAt { get; } = resetAt;
    }
}

using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PteroPulse.Discord.Rest.RateLimits;

/// <summary>
/// Counts 401, 403 and 429 answers (shared-scope 429s excepted) over a rolling 10 minutes. Discord bans the IP at
/// 10,000; this warns at every multiple of the configured threshold so someone can act long before.
/// </summary>
public sealed class InvalidRequestMonitor(TimeProvider time, IOptions<DiscordOptions> options, ILogger<InvalidRequestMonitor> logger)
{
    private static readonly TimeSpan Slot = TimeSpan.FromSeconds(10);
    private const int Slots = 60;

    private readonly long[] _counts = new long[Slots];
    private readonly long[] _slotIds = new long[Slots];
    private readonly Lock _lock = new();

    /// <summary>Invalid answers in the last 10 minutes.</summary>
    public long Count
    {
        get
        {
            lock (_lock)
            {
                return Sum(CurrentSlot());
            }
        }
    }

    public void Record(HttpStatusCode status, RateLimitScope? scope)
    {
        if (!Counts(status, scope))
        {
            return;
        }

        long total;
        lock (_lock)
        {
            var slot = CurrentSlot();
            var index = (int)(slot % Slots);
            if (_slotIds[index] != slot)
            {
                _slotIds[index] = slot;
                _counts[index] = 0;
            }

            _counts[index]++;
            total = Sum(slot);
        }

        var threshold = options.Value.InvalidRequestWarningThreshold;
        if (total % threshold == 0)
        {
            DiscordLog.InvalidRequestsHigh(logger, total, 10_000);
        }
    }

    private static bool Counts(HttpStatusCode status, RateLimitScope? scope) =>
        status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
        || (status == HttpStatusCode.TooManyRequests && scope != RateLimitScope.Shared);

    private long CurrentSlot() => time.GetUtcNow().UtcTicks / Slot.Ticks;

    private long Sum(long currentSlot)
    {
        long sum = 0;
        for (var i = 0; i < Slots; i++)
        {
            if (currentSlot - _slotIds[i] < Slots)
            {
                sum += _counts[i];
            }
        }

        return sum;
    }
}

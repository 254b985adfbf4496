using System.Net;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PteroPulse.Discord.Rest.RateLimits;

namespace PteroPulse.Discord.Tests.Rest;

public sealed class InvalidRequestMonitorTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly FakeLogger<InvalidRequestMonitor> _logger = new();
    private readonly InvalidRequestMonitor _monitor;

    public InvalidRequestMonitorTests() =>
        _monitor = new InvalidRequestMonitor(_time, Options.Create(new DiscordOptions { InvalidRequestWarningThreshold = 3 }), _logger);

    [Fact]
    public void Counts_401_403_and_429_but_not_shared_429_or_404()
    {
        _monitor.Record(HttpStatusCode.Unauthorized, null);
        _monitor.Record(HttpStatusCode.Forbidden, null);
        _monitor.Record(HttpStatusCode.TooManyRequests, RateLimitScope.User);
        _monitor.Record(HttpStatusCode.TooManyRequests, RateLimitScope.Shared);
        _monitor.Record(HttpStatusCode.NotFound, null);

        Assert.Equal(3, _monitor.Count);
    }

    [Fact]
    public void Forgets_answers_older_than_ten_minutes()
    {
        _monitor.Record(HttpStatusCode.Forbidden, null);
        _time.Advance(TimeSpan.FromMinutes(5));
        _monitor.Record(HttpStatusCode.Forbidden, null);

        _time.Advance(TimeSpan.FromMinutes(5.5));

        Assert.Equal(1, _monitor.Count);
    }

    [Fact]
    public void Warns_when_the_count_reaches_the_threshold()
    {
        _monitor.Record(HttpStatusCode.Forbidden, null);
        _monitor.Record(HttpStatusCode.Forbidden, null);
        Assert.Equal(0, _logger.Collector.Count);

        _monitor.Record(HttpStatusCode.Forbidden, null);

        Assert.Contains("3 Discord answers", _logger.LatestRecord.Message, StringComparison.Ordinal);
    }
}

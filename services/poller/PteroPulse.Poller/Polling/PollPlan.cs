namespace PteroPulse.Poller.Polling;

/// <summary>How long one pass over the fleet takes, and whether that is longer than asked because of the rate limit.</summary>
public sealed record PollPlan(TimeSpan Cycle, bool Adapted, int SustainableServers, int? LimitPerMinute);

namespace PteroPulse.Emulators.Discord.RateLimiting;

/// <summary>The state of a bucket after a request: what goes into the X-RateLimit-* headers.</summary>
public sealed record RateLimitVerdict(bool Allowed, string Bucket, int Limit, int Remaining, DateTimeOffset ResetAt, double ResetAfterSeconds);

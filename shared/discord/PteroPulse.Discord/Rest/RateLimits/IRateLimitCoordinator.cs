namespace PteroPulse.Discord.Rest.RateLimits;

/// <summary>
/// Decides when a REST request may go out. The in-process <see cref="InProcessRateLimitCoordinator"/> is enough
/// for one process; a shared (Redis-backed) one can replace it when several replicas send with the same token.
/// </summary>
public interface IRateLimitCoordinator
{
    /// <summary>Waits until <paramref name="route"/> may send, then holds its place until the lease is disposed.</summary>
    ValueTask<IRateLimitLease> AcquireAsync(RestRoute route, CancellationToken cancellationToken);
}

/// <summary>Permission to send one request; report what the response said, then dispose.</summary>
public interface IRateLimitLease : IDisposable
{
    void Complete(RateLimitResponse response);
}

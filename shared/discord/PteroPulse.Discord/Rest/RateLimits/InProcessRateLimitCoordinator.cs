using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace PteroPulse.Discord.Rest.RateLimits;

/// <summary>
/// Rate limits for one process, learned from Discord's headers: route templates map to bucket hashes once a response
/// names them; bucket state is kept per (hash, major parameter); each route and major parameter sends one request at
/// a time; non-interaction requests also pass the global limiter. See docs/discord-client.md.
/// </summary>
public sealed class InProcessRateLimitCoordinator : IRateLimitCoordinator
{
    // Safety net for a waiter whose in-flight response never updates the bucket (it always should).
    private static readonly TimeSpan MaxWaitForResponse = TimeSpan.FromSeconds(1);

    private readonly TimeProvider _time;
    private readonly GlobalRateLimiter _global;
    private readonly ConcurrentDictionary<string, RouteGate> _gates = new();
    private readonly ConcurrentDictionary<string, string> _routeBuckets = new();
    private readonly ConcurrentDictionary<string, BucketState> _buckets = new();

    public InProcessRateLimitCoordinator(TimeProvider time, IOptions<DiscordOptions> options)
    {
        _time = time;
        _global = new GlobalRateLimiter(time, options.Value.GlobalRequestsPerSecond);
    }

    public async ValueTask<IRateLimitLease> AcquireAsync(RestRoute route, CancellationToken cancellationToken)
    {
        var gate = _gates.GetOrAdd($"{route.Template}\n{route.MajorParameter}", _ => new RouteGate());
        await gate.Lock.WaitAsync(cancellationToken);
        BucketState? bucket = null;
        try
        {
            bucket = await ReserveAsync(route, gate, cancellationToken);
            var slot = route.IsInteraction ? null : await _global.AcquireAsync(cancellationToken);
            return new Lease(this, route, gate, bucket, slot);
        }
        catch
        {
            if (bucket is not null)
            {
                lock (bucket.Sync)
                {
                    bucket.Cancel(refund: true);
                }
            }

            gate.Lock.Release();
            throw;
        }
    }

    private async Task<BucketState?> ReserveAsync(RestRoute route, RouteGate gate, CancellationToken cancellationToken)
    {
        while (true)
        {
            var now = _time.GetUtcNow();
            if (gate.PausedUntil > now)
            {
                await Task.Delay(gate.PausedUntil - now, _time, cancellationToken);
                continue;
            }

            if (!_routeBuckets.TryGetValue(route.Template, out var hash))
            {
                // Unknown bucket: the gate already lets only this one request through until the headers arrive.
                return null;
            }

            var bucket = BucketFor(hash, route.MajorParameter);
            TimeSpan? wait;
            Task changed;
            lock (bucket.Sync)
            {
                wait = bucket.TryReserve(now);
                changed = bucket.Changed;
            }

            if (wait is null)
            {
                return bucket;
            }

            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait.Value, _time, cancellationToken);
            }
            else
            {
                await changed.WaitAsync(MaxWaitForResponse, _time, cancellationToken).ContinueWith(
                    static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }

    private BucketState BucketFor(string hash, string major) => _buckets.GetOrAdd($"{hash}\n{major}", _ => new BucketState());

    private void Complete(RestRoute route, RouteGate gate, BucketState? reserved, RateLimitResponse response)
    {
        if (response.Bucket is { Length: > 0 } hash)
        {
            _routeBuckets[route.Template] = hash;
            var bucket = BucketFor(hash, route.MajorParameter);
            if (reserved is not null && !ReferenceEquals(reserved, bucket))
            {
                lock (reserved.Sync)
                {
                    reserved.Cancel(refund: false);
                }
            }

            lock (bucket.Sync)
            {
                bucket.Update(response, ReferenceEquals(reserved, bucket));
            }
        }
        else if (reserved is not null)
        {
            lock (reserved.Sync)
            {
                reserved.Update(response, wasReservedHere: true);
            }
        }

        if (response is { IsRateLimited: true, RetryAfter: { } retryAfter })
        {
            if (response.IsGlobal)
            {
                _global.PauseFor(retryAfter);
            }
            else
            {
                gate.PausedUntil = response.ReceivedAt + retryAfter;
            }
        }
    }

    private sealed class Lease(InProcessRateLimitCoordinator owner, RestRoute route, RouteGate gate, BucketState? bucket, GlobalRateLimiter.Slot? slot)
        : IRateLimitLease
    {
        private bool _completed;
        private bool _disposed;

        public void Complete(RateLimitResponse response)
        {
            _completed = true;
            slot?.Release();
            owner.Complete(route, gate, bucket, response);
        }

        public void Dispose()
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            slot?.Release();
            if (!_completed && bucket is not null)
            {
                // No answer (network failure, cancellation): the server may or may not have counted it.
                lock (bucket.Sync)
                {
                    bucket.Cancel(refund: false);
                }
            }

            gate.Lock.Release();
        }
    }
}

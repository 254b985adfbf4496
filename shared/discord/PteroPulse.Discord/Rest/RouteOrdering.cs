using System.Collections.Concurrent;

namespace PteroPulse.Discord.Rest;

/// <summary>
/// One logical request at a time per route and major parameter, in arrival order, held across its retries: a failed
/// edit N that is retried must still land before edit N+1, or the message would end on the older content.
/// </summary>
internal sealed class RouteOrdering
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _turns = new();

    public async Task<IDisposable> EnterAsync(RestRoute route, CancellationToken cancellationToken)
    {
        var turn = _turns.GetOrAdd($"{route.Template}\n{route.MajorParameter}", _ => new SemaphoreSlim(1, 1));
        await turn.WaitAsync(cancellationToken);
        return new Turn(turn);
    }

    private sealed class Turn(SemaphoreSlim turn) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                turn.Release();
            }
        }
    }
}

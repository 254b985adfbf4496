namespace PteroPulse.Emulators.Discord.RateLimiting;

/// <summary>What a forced failure does to the next matching requests.</summary>
public enum ForcedFailureKind
{
    UserRateLimit,
    GlobalRateLimit,
    SharedRateLimit,
    ServerError,
}

/// <summary>A test switch: the next <see cref="Count"/> requests whose template matches fail this way.</summary>
public sealed record ForcedFailure(string RouteTemplate, ForcedFailureKind Kind, int Count = 1, double RetryAfterSeconds = 1.5, int Status = 500);

/// <summary>Holds forced failures set through the control API and hands them out once each.</summary>
public sealed class FailureInjector
{
    private readonly Lock _gate = new();
    private readonly List<(ForcedFailure Failure, int Left)> _pending = [];

    public void Add(ForcedFailure failure)
    {
        lock (_gate)
        {
            _pending.Add((failure, failure.Count));
        }
    }

    /// <summary>"*" matches every route; otherwise the template must match exactly (e.g. "POST /channels/{channel_id}/messages").</summary>
    public ForcedFailure? Take(RouteInfo route)
    {
        lock (_gate)
        {
            for (var i = 0; i < _pending.Count; i++)
            {
                var (failure, left) = _pending[i];
                if (failure.RouteTemplate != "*" && !string.Equals(failure.RouteTemplate, route.Template, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (left <= 1)
                {
                    _pending.RemoveAt(i);
                }
                else
                {
                    _pending[i] = (failure, left - 1);
                }

                return failure;
            }

            return null;
        }
    }
}

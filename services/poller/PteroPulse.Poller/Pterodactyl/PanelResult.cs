namespace PteroPulse.Poller.Pterodactyl;

/// <summary>
/// A panel answer, typed: <see cref="Value"/> when <see cref="Outcome"/> is <see cref="PanelOutcome.Ok"/>, else the
/// panel's own words in <see cref="Detail"/> (safe to show: never the key, never a raw body).
/// </summary>
public sealed record PanelResult<T>
{
    public required PanelOutcome Outcome { get; init; }

    public T? Value { get; init; }

    public string Detail { get; init; } = "";

    public PanelConflict Conflict { get; init; }

    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The HTTP status, 0 when nothing answered.</summary>
    public int StatusCode { get; init; }

    public bool IsOk => Outcome == PanelOutcome.Ok;

    public static PanelResult<T> Ok(T value, int status = 200) => new() { Outcome = PanelOutcome.Ok, Value = value, StatusCode = status };

    public PanelResult<TOther> As<TOther>() => new()
    {
        Outcome = Outcome, Detail = Detail, Conflict = Conflict, RetryAfter = RetryAfter, StatusCode = StatusCode,
    };
}

namespace PteroPulse.Poller.Pterodactyl;

/// <summary>
/// The panel's last answer, recorded by the client, so /readyz can report on it without spending the rate limit on
/// every probe.
/// </summary>
public sealed class PanelHealth(TimeProvider time)
{
    private readonly Lock _gate = new();

    public PanelOutcome? LastOutcome { get; private set; }

    public string LastDetail { get; private set; } = "";

    public DateTimeOffset LastAnswerAt { get; private set; }

    public void Record<T>(PanelResult<T> result)
    {
        // A 404 or 409 is about one server; the panel and the key are fine.
        lock (_gate)
        {
            LastOutcome = result.Outcome is PanelOutcome.NotFound or PanelOutcome.Conflict or PanelOutcome.NodeUnreachable
                or PanelOutcome.NodeError or PanelOutcome.RateLimited or PanelOutcome.Invalid or PanelOutcome.ServerNotRunning
                ? PanelOutcome.Ok
                : result.Outcome;
            LastDetail = result.Detail;
            LastAnswerAt = time.GetUtcNow();
        }
    }
}

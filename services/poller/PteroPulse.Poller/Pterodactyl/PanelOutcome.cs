namespace PteroPulse.Poller.Pterodactyl;

/// <summary>Every kind of answer the bot must tell apart (pterodactyl-api.md §8, "How the poller should treat each class").</summary>
public enum PanelOutcome
{
    Ok,

    /// <summary>401: the key is wrong, revoked or deleted.</summary>
    Unauthorized,

    /// <summary>403: an application key on the client API.</summary>
    WrongKeyType,

    /// <summary>403 for another reason (IP allow-list, missing permission) or 400 for missing 2FA.</summary>
    Forbidden,

    /// <summary>404: server deleted or the key's user lost access.</summary>
    NotFound,

    /// <summary>409: suspended, installing, restoring, transferring or node in maintenance; see <see cref="PanelConflict"/>.</summary>
    Conflict,

    /// <summary>504 "Could not establish a connection..." (or Pelican's "missing"): the node is down, not the server.</summary>
    NodeUnreachable,

    /// <summary>Wings answered the panel with an error "(code: N)".</summary>
    NodeError,

    /// <summary>429: wait <see cref="PanelResult{T}.RetryAfter"/>.</summary>
    RateLimited,

    /// <summary>No answer: connection refused, DNS, timeout.</summary>
    PanelUnreachable,

    /// <summary>Something other than the panel answered (Cloudflare, nginx, a login redirect) or the JSON was broken.</summary>
    NotJson,

    /// <summary>The panel answered 5xx itself (a bug, its database, maintenance mode).</summary>
    PanelError,

    /// <summary>422 or 400: the request was refused as invalid.</summary>
    Invalid,

    /// <summary>502 on a console command: the server must be running.</summary>
    ServerNotRunning,
}

using PteroPulse.Contracts;
using PteroPulse.Poller.Pterodactyl;

namespace PteroPulse.Poller.Logging;

/// <summary>The poller's repeated log lines. Never a key, never a raw body.</summary>
internal static partial class PollerLog
{
    [LoggerMessage(1001, LogLevel.Information, "Server {ServerId} changed from {PreviousState} to {CurrentState} ({Reason})")]
    public static partial void ServerStateChanged(ILogger logger, string serverId, ServerPowerState previousState, ServerPowerState currentState, StateChangeReason reason);

    [LoggerMessage(1002, LogLevel.Debug, "Sampled server {ServerId}: {Outcome}")]
    public static partial void Sampled(ILogger logger, string serverId, PanelOutcome outcome);

    [LoggerMessage(1003, LogLevel.Warning, "Sampling server {ServerId} failed: {Outcome}: {Detail}")]
    public static partial void SampleFailed(ILogger logger, string serverId, PanelOutcome outcome, string detail);

    [LoggerMessage(1004, LogLevel.Warning,
        "The panel key allows {Limit} requests per minute; keeping {ReservePercent}% free, it sustains {Sustainable} servers at {Interval}. Polling {ServerCount} servers every {Cycle} instead")]
    public static partial void CycleAdapted(ILogger logger, int limit, int reservePercent, int sustainable, TimeSpan interval, int serverCount, TimeSpan cycle);

    [LoggerMessage(1005, LogLevel.Information, "The panel key's limit sustains {ServerCount} servers at {Interval} again")]
    public static partial void CycleRestored(ILogger logger, int serverCount, TimeSpan interval);

    [LoggerMessage(1006, LogLevel.Information, "Server list changed: {Count} servers, {Added} added, {Removed} removed")]
    public static partial void ServerListChanged(ILogger logger, int count, int added, int removed);

    [LoggerMessage(1007, LogLevel.Error, "Listing servers failed: {Outcome}: {Detail}")]
    public static partial void ListFailed(ILogger logger, PanelOutcome outcome, string detail);

    [LoggerMessage(1008, LogLevel.Warning, "The panel rate-limited {Resource}; pausing {Seconds} s")]
    public static partial void RateLimited(ILogger logger, string? resource, double seconds);

    [LoggerMessage(1009, LogLevel.Warning, "Retrying {Resource} after {Outcome} (attempt {Attempt}) in {DelayMs} ms")]
    public static partial void PanelRequestRetried(ILogger logger, string? resource, PanelOutcome outcome, int attempt, double delayMs);

    [LoggerMessage(1010, LogLevel.Information, "Power signal {Signal} for server {ServerId} by {RequestedBy}: {Outcome}")]
    public static partial void PowerSignal(ILogger logger, PowerSignal signal, string serverId, string requestedBy, string outcome);

    [LoggerMessage(1011, LogLevel.Debug, "Server {ServerId} settled as {State} after power signal {Signal}")]
    public static partial void PowerSettled(ILogger logger, string serverId, ServerPowerState state, PowerSignal signal);

    [LoggerMessage(1012, LogLevel.Error, "Polling cycle failed")]
    public static partial void CycleFailed(ILogger logger, Exception exception);

    [LoggerMessage(1013, LogLevel.Information, "Panel key belongs to {Username} (root admin: {Admin}); listing {Scope}")]
    public static partial void AccountChecked(ILogger logger, string username, bool admin, string scope);
}

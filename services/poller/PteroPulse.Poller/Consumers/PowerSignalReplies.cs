using PteroPulse.Contracts;
using PteroPulse.Poller.Pterodactyl;

namespace PteroPulse.Poller.Consumers;

/// <summary>Maps the panel's refusal of a power signal to the reason a Discord user is shown.</summary>
public static class PowerSignalReplies
{
    public static PowerSignalRejection ReasonOf(PanelResult<bool> result) => result.Outcome switch
    {
        PanelOutcome.NotFound => PowerSignalRejection.NotFound,
        PanelOutcome.Conflict when result.Conflict == PanelConflict.Suspended => PowerSignalRejection.Suspended,
        PanelOutcome.Conflict => PowerSignalRejection.Conflict,
        PanelOutcome.NodeUnreachable or PanelOutcome.NodeError => PowerSignalRejection.NodeUnreachable,
        PanelOutcome.PanelUnreachable or PanelOutcome.NotJson or PanelOutcome.PanelError => PowerSignalRejection.PanelUnreachable,
        PanelOutcome.Unauthorized or PanelOutcome.WrongKeyType or PanelOutcome.Forbidden => PowerSignalRejection.Unauthorized,
        PanelOutcome.RateLimited => PowerSignalRejection.RateLimited,
        PanelOutcome.Invalid => PowerSignalRejection.InvalidSignal,
        _ => PowerSignalRejection.Failed,
    };

    /// <summary>The panel's API names for the signals.</summary>
    public static string ApiName(PowerSignal signal) => signal switch
    {
        PowerSignal.Start => "start",
        PowerSignal.Stop => "stop",
        PowerSignal.Restart => "restart",
        PowerSignal.Kill => "kill",
        _ => throw new ArgumentOutOfRangeException(nameof(signal), signal, "not a power signal"),
    };
}

using PteroPulse.Contracts;

namespace PteroPulse.DiscordGateway.Embeds;

/// <summary>
/// Which power actions make sense in which state. A button that cannot apply is shown disabled; a press that arrives
/// on a stale embed is checked again with the same rule.
/// </summary>
public static class ButtonAvailability
{
    public static bool CanApply(ButtonAction action, ServerPowerState state, bool isSuspended, bool hasAddress = true)
    {
        if (action == ButtonAction.ShowAddress)
        {
            return hasAddress;
        }

        // The panel refuses power signals to suspended servers, and an unreachable or busy server has no state to act on.
        if (isSuspended)
        {
            return false;
        }

        return action switch
        {
            ButtonAction.Start => state == ServerPowerState.Offline,
            ButtonAction.Stop => state is ServerPowerState.Running or ServerPowerState.Starting,
            ButtonAction.Restart => state is ServerPowerState.Running or ServerPowerState.Starting,
            _ => false,
        };
    }
}

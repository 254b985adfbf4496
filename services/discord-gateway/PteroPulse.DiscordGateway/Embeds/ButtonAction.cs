namespace PteroPulse.DiscordGateway.Embeds;

/// <summary>What a status embed's button asks for.</summary>
public enum ButtonAction
{
    Start,
    Stop,
    Restart,
    ShowAddress,
}

namespace PteroPulse.DiscordGateway.Access;

/// <summary>The outcome of an authorisation check; anything but <see cref="Allowed"/> comes with a reply for the member.</summary>
public enum AccessDecision
{
    Allowed,
    GuildNotAllowed,
    ServerNotVisible,
    MissingRole,
    CoolingDown,
}

namespace PteroPulse.Emulators.Panel.Model;

public enum NodeFault
{
    None,

    /// <summary>Wings does not answer: Pterodactyl says 504 "Could not establish a connection..."; Pelican says "missing".</summary>
    Offline,

    /// <summary>Wings answers with an error status: 504 "There was an error while communicating... (code: N)".</summary>
    WingsError,
}

namespace PteroPulse.Poller.Pterodactyl;

/// <summary>Why the panel answered 409, read from its (fixed) message.</summary>
public enum PanelConflict
{
    None,
    Suspended,
    NodeMaintenance,
    Installing,
    Restoring,
    Transferring,
    Other,
}

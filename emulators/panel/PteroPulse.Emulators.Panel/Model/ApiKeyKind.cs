namespace PteroPulse.Emulators.Panel.Model;

public enum ApiKeyKind
{
    /// <summary>An account key (ptlc_/pacc_): works on the client API, and on the application API for root admins.</summary>
    Client,

    /// <summary>An application key (ptla_/papp_): the application API only.</summary>
    Application,
}

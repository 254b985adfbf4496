namespace PteroPulse.Emulators.Panel;

/// <summary>Which panel the emulator imitates; they differ in key prefixes, default limits and node-down answers.</summary>
public enum PanelFlavor
{
    /// <summary>Pterodactyl 1.11: 720/240 per minute, node down = 504 DaemonConnectionException.</summary>
    Pterodactyl,

    /// <summary>Pelican: pacc_/papp_ keys, 256/256 per minute, node down = 200 with current_state "missing".</summary>
    Pelican,
}

namespace PteroPulse.Emulators.Panel.Model;

/// <summary>The four Wings states, spelled as the API spells them.</summary>
public static class PowerStates
{
    public const string Offline = "offline";
    public const string Starting = "starting";
    public const string Running = "running";
    public const string Stopping = "stopping";
}

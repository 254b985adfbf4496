namespace PteroPulse.Standalone.Demo;

public enum ChaosEvent
{
    /// <summary>The crash-prone server's process dies.</summary>
    Crash,

    /// <summary>It is started again, as a panel's crash detection would.</summary>
    Revive,

    /// <summary>The flaky node stops answering the panel.</summary>
    NodeDown,

    NodeUp,
}

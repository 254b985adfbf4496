using System.ComponentModel.DataAnnotations;

namespace PteroPulse.Standalone.Demo;

/// <summary>The demo's world and pace (section "Demo"). Every default is meant to look lively within a minute.</summary>
public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    /// <summary>Port of the emulated Discord and its web viewer; 0 picks a free one (printed at start).</summary>
    [Range(0, 65535)]
    public int DiscordPort { get; set; }

    /// <summary>Port of the emulated panel; 0 picks a free one.</summary>
    [Range(0, 65535)]
    public int PanelPort { get; set; }

    [Range(4, 500)]
    public int ServerCount { get; set; } = 36;

    [Range(3, 20)]
    public int NodeCount { get; set; } = 6;

    /// <summary>Status embeds the demo posts by itself, as the admin running /server_status.</summary>
    [Range(1, 20)]
    public int StatusEmbeds { get; set; } = 6;

    /// <summary>How often the crash-prone server dies; it comes back 15 s later, as a panel's crash detection does.</summary>
    [Range(typeof(TimeSpan), "00:00:20", "01:00:00")]
    public TimeSpan CrashInterval { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>How often the flaky node goes down, and for how long.</summary>
    [Range(typeof(TimeSpan), "00:00:30", "01:00:00")]
    public TimeSpan NodeOutageInterval { get; set; } = TimeSpan.FromMinutes(3);

    [Range(typeof(TimeSpan), "00:00:05", "00:30:00")]
    public TimeSpan NodeOutageDuration { get; set; } = TimeSpan.FromSeconds(45);
}

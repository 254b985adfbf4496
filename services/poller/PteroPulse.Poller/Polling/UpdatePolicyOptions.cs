using System.ComponentModel.DataAnnotations;
using PteroPulse.ServiceDefaults.Configuration;

namespace PteroPulse.Poller.Polling;

/// <summary>When a status embed must change (section "UpdatePolicy"). Each edit costs a Discord request, so small moves wait for the refresh.</summary>
public sealed class UpdatePolicyOptions : IOptionsSection
{
    public static string SectionName => "UpdatePolicy";

    /// <summary>CPU change, in percentage points of one core since the last published change, that updates at once.</summary>
    [Range(1.0, 10_000.0)]
    public double CpuJumpPercent { get; set; } = 50;

    /// <summary>Memory change, in percent of the server's memory limit, that updates at once.</summary>
    [Range(1.0, 100.0)]
    public double MemoryJumpPercent { get; set; } = 20;

    /// <summary>The same for servers without a memory limit, in MiB.</summary>
    [Range(16, 1_048_576)]
    public int MemoryJumpMib { get; set; } = 1024;

    /// <summary>The embed's graph covers the last minute, so it is refreshed at least this often while nothing jumps.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(1);
}

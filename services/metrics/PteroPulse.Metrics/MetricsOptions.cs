using System.ComponentModel.DataAnnotations;
using PteroPulse.ServiceDefaults.Configuration;

namespace PteroPulse.Metrics;

/// <summary>How much history the metrics service keeps per game server.</summary>
public sealed class MetricsOptions : IOptionsSection
{
    public static string SectionName => "Metrics";

    /// <summary>
    /// Raw samples kept per server: six samples 10 s apart are the "last minute" graph. More costs Redis memory and
    /// makes the embed's graph denser without making it more useful.
    /// </summary>
    [Range(2, 360)]
    public int HistoryLength { get; set; } = 6;

    /// <summary>
    /// A server with no new sample for this long is forgotten (both series expire). One hour: by then even the hour
    /// series has nothing left in its window, so a deleted or renamed server leaves nothing behind.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan HistoryTtl { get; set; } = TimeSpan.FromHours(1);
}

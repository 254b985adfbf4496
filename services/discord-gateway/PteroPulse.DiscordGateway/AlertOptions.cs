using System.ComponentModel.DataAnnotations;

namespace PteroPulse.DiscordGateway;

/// <summary>Crash and resource alerts ("Discord:Alerts"). Off while <see cref="ChannelId"/> is 0.</summary>
public sealed class AlertOptions
{
    /// <summary>Channel that receives alerts; 0 turns alerts off.</summary>
    public ulong ChannelId { get; set; }

    /// <summary>Role mentioned in each alert; 0 = mention nobody.</summary>
    public ulong MentionRoleId { get; set; }

    /// <summary>A server still starting after this long is reported stuck.</summary>
    public TimeSpan StuckStartingAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A server unreachable for this long is reported; shorter blips are normal panel hiccups.</summary>
    public TimeSpan UnreachableAfter { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>CPU in percent of the server's limit that, held over the whole history, raises an alert.</summary>
    public double CpuThresholdPercent { get; set; } = 90;

    /// <summary>Memory in percent of the server's limit that, held over the whole history, raises an alert.</summary>
    public double MemoryThresholdPercent { get; set; } = 90;

    /// <summary>Fewest history points that make a load "sustained" (six points = the last minute).</summary>
    public int SustainedPoints { get; set; } = 6;

    public bool Enabled => ChannelId != 0;

    internal IEnumerable<ValidationResult> Validate()
    {
        if (StuckStartingAfter < TimeSpan.FromSeconds(30) || StuckStartingAfter > TimeSpan.FromDays(1))
        {
            yield return new ValidationResult("must be between 00:00:30 and 1.00:00:00", ["Alerts:StuckStartingAfter"]);
        }

        if (UnreachableAfter < TimeSpan.FromSeconds(30) || UnreachableAfter > TimeSpan.FromDays(1))
        {
            yield return new ValidationResult("must be between 00:00:30 and 1.00:00:00", ["Alerts:UnreachableAfter"]);
        }

        if (CpuThresholdPercent is <= 0 or > 100)
        {
            yield return new ValidationResult("must be above 0 and at most 100", ["Alerts:CpuThresholdPercent"]);
        }

        if (MemoryThresholdPercent is <= 0 or > 100)
        {
            yield return new ValidationResult("must be above 0 and at most 100", ["Alerts:MemoryThresholdPercent"]);
        }

        if (SustainedPoints is < 2 or > 60)
        {
            yield return new ValidationResult("must be between 2 and 60", ["Alerts:SustainedPoints"]);
        }
    }
}

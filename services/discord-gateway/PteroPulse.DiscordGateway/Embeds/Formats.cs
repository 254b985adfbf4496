using System.Globalization;

namespace PteroPulse.DiscordGateway.Embeds;

/// <summary>Human forms of sizes, durations and times, the way members read them in an embed.</summary>
public static class Formats
{
    private static readonly string[] Units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];

    public static string Bytes(long bytes)
    {
        if (bytes < 1024)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{Math.Max(bytes, 0)} B");
        }

        var value = (double)bytes;
        var unit = 0;
        while (value >= 1024 && unit < Units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{value:0.##} {Units[unit]}");
    }

    /// <summary>Used of limit, where a limit of 0 means unlimited (the panel's convention).</summary>
    public static string UsedOfLimit(long used, long limit) =>
        limit > 0 ? $"{Bytes(used)} / {Bytes(limit)}" : $"{Bytes(used)} / ∞";

    /// <summary>"3d 4h 12m": days and hours only when they exist; seconds only under a minute.</summary>
    public static string Uptime(TimeSpan uptime)
    {
        if (uptime < TimeSpan.FromMinutes(1))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{Math.Max(0, (int)uptime.TotalSeconds)}s");
        }

        var parts = new List<string>(3);
        if (uptime.Days > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{uptime.Days}d"));
        }

        if (uptime.Days > 0 || uptime.Hours > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{uptime.Hours}h"));
        }

        parts.Add(string.Create(CultureInfo.InvariantCulture, $"{uptime.Minutes}m"));
        return string.Join(' ', parts);
    }

    /// <summary>
    /// CPU as the panel counts it (100 % = one core). With a limit the share of the limit leads, since that is what
    /// runs out: "45% of limit (90% / 200%, 2 cores)".
    /// </summary>
    public static string Cpu(double cpuPercent, double limitPercent)
    {
        var used = Math.Max(0, cpuPercent);
        if (limitPercent <= 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{used:0.#}% (no limit)");
        }

        var share = used / limitPercent * 100;
        var cores = limitPercent / 100;
        var coreWord = cores == 1 ? "core" : "cores";
        return string.Create(CultureInfo.InvariantCulture, $"{share:0.#}% of limit ({used:0.#}% / {limitPercent:0.#}%, {cores:0.##} {coreWord})");
    }

    /// <summary>Discord renders &lt;t:unix:style&gt; in each reader's own time zone.</summary>
    public static string DiscordTimestamp(DateTimeOffset at, char style = 'R') =>
        string.Create(CultureInfo.InvariantCulture, $"<t:{at.ToUnixTimeSeconds()}:{style}>");
}

using System.Text.Json.Serialization;

namespace PteroPulse.Contracts;

/// <summary>Which stored series a history query or a graph covers.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HistoryWindow>))]
public enum HistoryWindow
{
    /// <summary>The newest raw samples (six, 10 s apart, by default).</summary>
    LastMinute,
    /// <summary>One downsampled point per minute for the last hour.</summary>
    LastHour,
}

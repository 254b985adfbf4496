using System.Text.Json.Serialization;

namespace PteroPulse.Contracts;

/// <summary>Why the poller could not carry out a power signal.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PowerSignalRejection>))]
public enum PowerSignalRejection
{
    NotFound,
    Suspended,
    Conflict,
    NodeUnreachable,
    PanelUnreachable,
    Unauthorized,
    RateLimited,
    InvalidSignal,
    Failed,
}

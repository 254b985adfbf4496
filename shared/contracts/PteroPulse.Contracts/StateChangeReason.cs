using System.Text.Json.Serialization;

namespace PteroPulse.Contracts;

/// <summary>Why the poller decided that a status embed must change.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StateChangeReason>))]
public enum StateChangeReason
{
    PowerStateChanged,
    CpuJump,
    MemoryJump,
    PeriodicRefresh,
    Appeared,
    Disappeared,
    Unreachable,
    Recovered,
}

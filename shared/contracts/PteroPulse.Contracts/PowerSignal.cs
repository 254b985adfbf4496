using System.Text.Json.Serialization;

namespace PteroPulse.Contracts;

/// <summary>The power signals the panel's client API accepts.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PowerSignal>))]
public enum PowerSignal
{
    Start,
    Stop,
    Restart,
    Kill,
}

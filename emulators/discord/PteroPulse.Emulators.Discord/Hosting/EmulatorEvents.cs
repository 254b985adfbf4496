using System.Text.Json.Nodes;

namespace PteroPulse.Emulators.Discord.Hosting;

/// <summary>Something that happened in the emulated world, with the dispatch payload Discord would send for it.</summary>
public sealed record EmulatorEvent(string Name, ulong? GuildId, ulong? ChannelId, JsonObject Payload, ulong? VisibleOnlyTo = null);

/// <summary>Fan-out of world changes to the gateway (dispatches) and the viewer (live updates).</summary>
public sealed class EmulatorEvents
{
    public event Action<EmulatorEvent>? Raised;

    public void Raise(EmulatorEvent value) => Raised?.Invoke(value);
}

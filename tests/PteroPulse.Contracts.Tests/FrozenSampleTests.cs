using System.Text.Json;
using MassTransit.Serialization;

namespace PteroPulse.Contracts.Tests;

/// <summary>
/// JSON as version 1 of each message looked on the wire. A new required member, a rename or a changed enum name makes
/// these fail: exactly the changes that would fault old messages still queued in a new consumer.
/// </summary>
public sealed class FrozenSampleTests
{
    [Theory]
    [InlineData("ServerSampled")]
    [InlineData("ServerStateChanged")]
    [InlineData("SendPowerSignal")]
    [InlineData("GetServerHistory")]
    [InlineData("RenderServerGraph")]
    [InlineData("ServerListChanged")]
    public void Deserializes_the_frozen_v1_sample(string messageName)
    {
        var type = typeof(ServerSampled).Assembly.GetType($"{ContractTypes.FrozenNamespace}.{messageName}")!;
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", $"{messageName}.v1.json"));

        var message = JsonSerializer.Deserialize(json, type, SystemTextJsonMessageSerializer.Options);

        Assert.NotNull(message);
    }

    [Fact]
    public void Reads_the_v1_state_change_with_defaults_for_later_members()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "ServerStateChanged.v1.json"));

        var message = JsonSerializer.Deserialize<ServerStateChanged>(json, SystemTextJsonMessageSerializer.Options)!;

        Assert.Equal(ServerPowerState.Offline, message.Current.State);
        Assert.Equal(ServerPowerState.Running, message.PreviousState);
        Assert.Null(message.UnreachableSince);
        Assert.False(message.CausedByPowerSignal);
    }

    [Fact]
    public void Defaults_the_history_window_to_the_last_minute()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "GetServerHistory.v1.json"));

        var message = JsonSerializer.Deserialize<GetServerHistory>(json, SystemTextJsonMessageSerializer.Options)!;

        Assert.Equal(HistoryWindow.LastMinute, message.Window);
    }
}

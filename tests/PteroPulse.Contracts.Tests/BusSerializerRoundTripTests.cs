using System.Text.Json;
using MassTransit.Serialization;

namespace PteroPulse.Contracts.Tests;

public sealed class BusSerializerRoundTripTests
{
    public static TheoryData<string> MessageNames() => [.. SampleMessages.All().Select(m => m.GetType().Name)];

    [Theory]
    [MemberData(nameof(MessageNames))]
    public void Round_trips_every_member_through_the_bus_serializer(string messageName)
    {
        var message = SampleMessages.All().Single(m => m.GetType().Name == messageName);
        var options = SystemTextJsonMessageSerializer.Options;

        var json = JsonSerializer.Serialize(message, message.GetType(), options);
        var back = JsonSerializer.Deserialize(json, message.GetType(), options);

        Assert.NotNull(back);
        Assert.Equal(json, JsonSerializer.Serialize(back, message.GetType(), options));
    }

    [Fact]
    public void Covers_every_message_type_in_the_contracts_assembly()
    {
        var covered = SampleMessages.All().Select(m => m.GetType()).ToHashSet();

        var messages = ContractTypes.Messages();

        Assert.All(messages, t => Assert.True(covered.Contains(t), $"{t.Name} has no sample message"));
    }

    [Fact]
    public void Writes_enums_as_names_so_a_reordered_enum_cannot_change_meaning()
    {
        var json = JsonSerializer.Serialize(SampleMessages.Sample, SystemTextJsonMessageSerializer.Options);

        Assert.Contains("\"Running\"", json, StringComparison.Ordinal);
    }
}

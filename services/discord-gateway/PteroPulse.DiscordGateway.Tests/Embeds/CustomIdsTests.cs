using PteroPulse.DiscordGateway.Embeds;

namespace PteroPulse.DiscordGateway.Tests.Embeds;

public sealed class CustomIdsTests
{
    [Theory]
    [InlineData(ButtonAction.Start)]
    [InlineData(ButtonAction.Stop)]
    [InlineData(ButtonAction.Restart)]
    [InlineData(ButtonAction.ShowAddress)]
    public void Parses_what_it_wrote(ButtonAction action)
    {
        var id = CustomIds.For(action, "5e8b2c41");

        Assert.True(CustomIds.TryParse(id, out var parsed, out var server));
        Assert.Equal(action, parsed);
        Assert.Equal("5e8b2c41", server);
    }

    [Theory]
    [InlineData("")]
    [InlineData("power:5e8b2c41")]
    [InlineData("power:5e8b2c41:kill")]
    [InlineData("power::start")]
    [InlineData("power:a:b:start")]
    [InlineData("address:")]
    [InlineData("select-server")]
    [InlineData("something-else:5e8b2c41")]
    public void Rejects_ids_it_did_not_write(string customId)
    {
        Assert.False(CustomIds.TryParse(customId, out _, out _));
    }

    [Fact]
    public void Refuses_an_id_over_one_hundred_characters()
    {
        Assert.Throws<ArgumentException>(() => CustomIds.For(ButtonAction.Restart, new string('a', 90)));
        Assert.False(CustomIds.TryParse("address:" + new string('a', 93), out _, out _));
    }

    [Fact]
    public void Refuses_a_server_id_with_a_separator()
    {
        Assert.Throws<ArgumentException>(() => CustomIds.For(ButtonAction.Start, "a:b"));
    }
}

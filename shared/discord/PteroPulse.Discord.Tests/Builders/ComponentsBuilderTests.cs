using PteroPulse.Discord.Builders;
using PteroPulse.Discord.Models;

namespace PteroPulse.Discord.Tests.Builders;

public sealed class ComponentsBuilderTests
{
    [Fact]
    public void Builds_rows_of_buttons_and_a_link()
    {
        var rows = new ComponentsBuilder()
            .AddRow(row => row
                .AddButton(ButtonStyle.Success, CustomIds.Create("power", "5e8b2c41", "start"), "Start")
                .AddLinkButton("https://panel.example.org/server/5e8b2c41", "Open panel"))
            .Build();

        var row = Assert.IsType<ActionRow>(Assert.Single(rows));
        Assert.Equal("power:5e8b2c41:start", Assert.IsType<Button>(row.Components[0]).CustomId);
        Assert.Null(Assert.IsType<Button>(row.Components[1]).CustomId);
    }

    [Fact]
    public void Refuses_a_sixth_button_in_a_row()
    {
        var row = new ActionRowBuilder();
        for (var i = 0; i < 5; i++)
        {
            row.AddButton(ButtonStyle.Primary, $"b{i}", "x");
        }

        Assert.Throws<DiscordLimitException>(() => row.AddButton(ButtonStyle.Primary, "b5", "x"));
    }

    [Fact]
    public void Refuses_a_sixth_row()
    {
        var builder = new ComponentsBuilder();
        for (var i = 0; i < 5; i++)
        {
            builder.AddRow(row => row.AddButton(ButtonStyle.Primary, $"r{i}", "x"));
        }

        Assert.Throws<DiscordLimitException>(() => builder.AddRow(row => row.AddButton(ButtonStyle.Primary, "r5", "x")));
    }

    [Fact]
    public void Refuses_a_custom_id_over_100_characters_instead_of_cutting_it()
    {
        Assert.Throws<DiscordLimitException>(() => new ActionRowBuilder().AddButton(ButtonStyle.Primary, new string('c', 101), "x"));
    }

    [Fact]
    public void Refuses_the_same_custom_id_twice_in_one_message()
    {
        var builder = new ComponentsBuilder()
            .AddRow(row => row.AddButton(ButtonStyle.Primary, "same", "a"))
            .AddRow(row => row.AddButton(ButtonStyle.Primary, "same", "b"));

        Assert.Throws<DiscordLimitException>(() => builder.Build());
    }

    [Fact]
    public void Keeps_a_select_menu_alone_in_its_row()
    {
        var row = new ActionRowBuilder().AddStringSelect("select-server", [new SelectOption { Label = "Midgard", Value = "5e8b2c41" }]);

        Assert.Throws<DiscordLimitException>(() => row.AddButton(ButtonStyle.Primary, "b", "x"));
    }

    [Fact]
    public void Refuses_a_link_button_through_the_custom_id_method()
    {
        Assert.Throws<DiscordLimitException>(() => new ActionRowBuilder().AddButton(ButtonStyle.Link, "id", "x"));
    }
}

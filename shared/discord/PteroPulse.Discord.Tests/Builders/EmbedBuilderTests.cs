using PteroPulse.Discord.Builders;

namespace PteroPulse.Discord.Tests.Builders;

public sealed class EmbedBuilderTests
{
    [Fact]
    public void Shortens_title_description_and_field_texts_to_their_limits()
    {
        var embed = new EmbedBuilder()
            .WithTitle(new string('t', 300))
            .WithDescription(new string('d', 5000))
            .AddField(new string('n', 300), new string('v', 2000))
            .WithFooter(new string('f', 3000))
            .Build();

        Assert.Equal(256, embed.Title!.Length);
        Assert.True(embed.Description!.Length <= 4096);
        Assert.Equal(256, embed.Fields![0].Name.Length);
        Assert.Equal(1024, embed.Fields[0].Value.Length);
        Assert.Equal(2048, embed.Footer!.Text.Length);
    }

    [Fact]
    public void Refuses_a_26th_field()
    {
        var builder = new EmbedBuilder();
        for (var i = 0; i < 25; i++)
        {
            builder.AddField($"f{i}", "v");
        }

        Assert.Throws<DiscordLimitException>(() => builder.AddField("one more", "v"));
    }

    [Fact]
    public void Trims_the_description_so_the_embed_stays_within_6000_characters()
    {
        var builder = new EmbedBuilder().WithTitle(new string('t', 256)).WithDescription(new string('d', 4096));
        for (var i = 0; i < 3; i++)
        {
            builder.AddField(new string('n', 100), new string('v', 1000));
        }

        var embed = builder.Build();

        Assert.Equal(6000, EmbedLength.Of(embed));
        Assert.EndsWith(Text.Ellipsis, embed.Description, StringComparison.Ordinal);
        Assert.All(embed.Fields!, f => Assert.Equal(1000, f.Value.Length));
    }

    [Fact]
    public void Trims_field_values_from_the_last_when_the_description_is_not_enough()
    {
        var builder = new EmbedBuilder().WithDescription("short");
        for (var i = 0; i < 7; i++)
        {
            builder.AddField(new string('n', 10), new string('v', 1024));
        }

        var embed = builder.Build();

        Assert.True(EmbedLength.Of(embed) <= 6000);
        Assert.Equal(1024, embed.Fields![0].Value.Length);
        Assert.True(embed.Fields[6].Value.Length < 1024);
    }

    [Fact]
    public void Fills_blank_field_names_so_discord_accepts_them()
    {
        var embed = new EmbedBuilder().AddField("", "value").Build();

        Assert.Equal("\u200b", embed.Fields![0].Name);
    }

    [Fact]
    public void Refuses_a_colour_outside_24_bits()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new EmbedBuilder().WithColor(0x1000000));
    }
}

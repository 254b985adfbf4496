using PteroPulse.Discord.Builders;

namespace PteroPulse.Discord.Tests.Builders;

public sealed class TextTests
{
    [Fact]
    public void Leaves_text_within_the_limit_alone()
    {
        Assert.Equal("Midgard", Text.Truncate("Midgard", 7));
    }

    [Fact]
    public void Cuts_long_text_at_a_word_and_adds_an_ellipsis_within_the_limit()
    {
        var result = Text.Truncate("Running for 2 h 14 min", 18);

        Assert.Equal("Running for 2 h…", result);
        Assert.True(result.Length <= 18);
    }

    [Fact]
    public void Never_splits_an_emoji_in_half()
    {
        var result = Text.Truncate("ab😀😀😀", 4);

        Assert.Equal("ab…", result);
    }

    [Fact]
    public void Cuts_a_long_word_hard_when_no_space_is_near()
    {
        var result = Text.Truncate(new string('x', 300), 256);

        Assert.Equal(256, result.Length);
        Assert.EndsWith(Text.Ellipsis, result, StringComparison.Ordinal);
    }
}

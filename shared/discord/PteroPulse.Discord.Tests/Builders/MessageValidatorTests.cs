using PteroPulse.Discord.Builders;
using PteroPulse.Discord.Models;

namespace PteroPulse.Discord.Tests.Builders;

public sealed class MessageValidatorTests
{
    [Fact]
    public void Refuses_content_over_2000_characters()
    {
        Assert.Throws<DiscordLimitException>(() => MessageValidator.Validate(new MessageProperties { Content = new string('x', 2001) }, requireContent: true));
    }

    [Fact]
    public void Refuses_embeds_that_together_exceed_6000_characters()
    {
        var big = new Embed { Description = new string('d', 4000) };

        Assert.Throws<DiscordLimitException>(() => MessageValidator.Validate(new MessageProperties { Embeds = [big, big] }, requireContent: true));
    }

    [Fact]
    public void Accepts_an_edit_that_only_replaces_attachments()
    {
        MessageValidator.Validate(new MessageProperties { Attachments = [] }, requireContent: false);
    }

    [Fact]
    public void Refuses_an_empty_new_message()
    {
        Assert.Throws<DiscordLimitException>(() => MessageValidator.Validate(new MessageProperties(), requireContent: true));
    }
}

using PteroPulse.ServiceDefaults.Telemetry;

namespace PteroPulse.ServiceDefaults.Tests;

public sealed class UrlRedactionTests
{
    [Theory]
    [InlineData("https://discord.com/api/v10/interactions/123/aW50ZXJhY3Rpb246c2VjcmV0/callback", "https://discord.com/api/v10/interactions/123/{token}/callback")]
    [InlineData("https://discord.com/api/v10/webhooks/456/aW50ZXJhY3Rpb246c2VjcmV0/messages/@original", "https://discord.com/api/v10/webhooks/456/{token}/messages/@original")]
    [InlineData("https://discord.com/api/v10/webhooks/456/c2VjcmV0?wait=true", "https://discord.com/api/v10/webhooks/456/{token}?wait=true")]
    public void Replaces_the_token_segment_of_interaction_and_webhook_urls(string url, string expected)
    {
        var redacted = UrlRedaction.Redact(url);

        Assert.Equal(expected, redacted);
    }

    [Fact]
    public void Leaves_urls_without_tokens_alone()
    {
        const string url = "https://discord.com/api/v10/channels/789/messages/1011";

        var redacted = UrlRedaction.Redact(url);

        Assert.Equal(url, redacted);
    }
}

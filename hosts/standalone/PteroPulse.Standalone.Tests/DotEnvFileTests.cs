using PteroPulse.Standalone.Configuration;

namespace PteroPulse.Standalone.Tests;

public sealed class DotEnvFileTests
{
    [Fact]
    public void Reads_keys_values_quotes_and_export_while_ignoring_comments()
    {
        string[] lines =
        [
            "# PteroPulse",
            "Pterodactyl__Url=https://panel.example.org",
            "export Discord__GuildIds__0=123",
            "Discord__Token=\"abc # not a comment\"",
            "Pterodactyl__PollInterval=00:00:15 # seconds",
            "not a pair",
        ];

        var values = DotEnvFile.Parse(lines);

        Assert.Equal(4, values.Count);
        Assert.Equal("https://panel.example.org", values["Pterodactyl__Url"]);
        Assert.Equal("123", values["Discord__GuildIds__0"]);
        Assert.Equal("abc # not a comment", values["Discord__Token"]);
        Assert.Equal("00:00:15", values["Pterodactyl__PollInterval"]);
    }
}

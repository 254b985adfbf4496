using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PteroPulse.DiscordGateway.Extensions;

namespace PteroPulse.DiscordGateway.Tests.Configuration;

public sealed class DiscordGatewayOptionsTests
{
    private static readonly Dictionary<string, string?> Valid = new()
    {
        ["Discord:Token"] = "secret-token-value",
        ["Discord:ApplicationId"] = "1310000000000000000",
    };

    private static (DiscordGatewayOptions? Options, IReadOnlyList<string> Problems) Load(Dictionary<string, string?> settings, string? jsonFile = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        if (jsonFile is not null)
        {
            builder.Configuration.AddJsonFile(jsonFile);
        }

        builder.AddDiscordGatewayOptions();
        using var host = builder.Build();
        try
        {
            return (host.Services.GetRequiredService<IOptions<DiscordGatewayOptions>>().Value, []);
        }
        catch (OptionsValidationException ex)
        {
            return (null, ex.Failures.ToList());
        }
    }

    private static Dictionary<string, string?> With(params (string Key, string? Value)[] changes)
    {
        var settings = new Dictionary<string, string?>(Valid);
        foreach (var (key, value) in changes)
        {
            settings[key] = value;
        }

        return settings;
    }

    [Fact]
    public void Binds_lists_roles_and_per_guild_servers()
    {
        var (options, problems) = Load(With(
            ("Discord:GuildIds:0", "1290000000000000000"),
            ("Discord:PowerRoles:Restart:0", "200"),
            ("Discord:GuildServers:1290000000000000000:0", "5e8b2c41"),
            ("Discord:Alerts:StuckStartingAfter", "00:10:00")));

        Assert.Empty(problems);
        Assert.Equal([1290000000000000000UL], options!.GuildIds);
        Assert.Equal([200UL], options.PowerRoles.Restart);
        Assert.Equal(["5e8b2c41"], options.GuildServers["1290000000000000000"]);
        Assert.Equal(TimeSpan.FromMinutes(10), options.Alerts.StuckStartingAfter);
    }

    [Fact]
    public void Names_every_bad_key_at_once()
    {
        var (_, problems) = Load(new Dictionary<string, string?>
        {
            ["Discord:GuildIds:0"] = "not-a-snowflake",
            ["Discord:PowerRoles:Stop:0"] = "-5",
            ["Discord:Alerts:UnreachableAfter"] = "soon",
            ["Discord:Alerts:CpuThresholdPercent"] = "150",
            ["Discord:PowerCooldown"] = "02:00:00",
            ["Discord:GuildServers:abc:0"] = "5e8b2c41",
        });

        var text = string.Join('\n', problems);
        TestContext.Current.TestOutputHelper?.WriteLine(text);
        foreach (var key in new[]
                 {
                     "Discord:GuildIds:0", "Discord:PowerRoles:Stop:0",
                     "Discord:Alerts:UnreachableAfter", "Discord:Alerts:CpuThresholdPercent", "Discord:PowerCooldown",
                     "Discord:GuildServers:abc",
                 })
        {
            Assert.Contains(key, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Never_prints_the_token()
    {
        var (_, problems) = Load(With(("Discord:PowerCooldown", "05:00:00")));

        Assert.NotEmpty(problems);
        Assert.DoesNotContain("secret-token-value", string.Join('\n', problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Hides_the_token_when_printed()
    {
        var options = new DiscordGatewayOptions { Token = "secret-token-value", ApplicationId = 1 };

        Assert.DoesNotContain("secret-token-value", options.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_token_written_in_a_settings_file()
    {
        var file = Path.Combine(Path.GetTempPath(), $"pteropulse-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{ "Discord": { "Token": "committed-token" } }""");
        try
        {
            var (_, problems) = Load(new Dictionary<string, string?> { ["Discord:ApplicationId"] = "1" }, file);

            var problem = Assert.Single(problems, p => p.StartsWith("Discord:Token", StringComparison.Ordinal));
            Assert.Contains("environment", problem, StringComparison.Ordinal);
            Assert.DoesNotContain("committed-token", problem, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}

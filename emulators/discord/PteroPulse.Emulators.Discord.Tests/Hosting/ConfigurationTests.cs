using System.Net;
using Microsoft.Extensions.Configuration;
using PteroPulse.Emulators.Discord.Hosting;
using PteroPulse.Emulators.Discord.Seeding;
using PteroPulse.Emulators.Discord.Tests.Support;

namespace PteroPulse.Emulators.Discord.Tests.Hosting;

/// <summary>Seeding from a file and refusing bad configuration at start with every problem named.</summary>
public sealed class ConfigurationTests
{
    [Fact]
    public async Task Seeds_the_world_from_the_example_seed_file()
    {
        await using var emulator = await Emulator.StartAsync(o => o.SeedFile = ExampleSeedPath());
        using var http = Api.BotClient(emulator);

        using var blocked = await http.PostAsync($"channels/{DefaultSeed.GeneralChannelId}/messages", Api.Json("""{"content":"x"}"""), TestContext.Current.CancellationToken);
        var channels = await (await http.GetAsync($"guilds/{DefaultSeed.GuildId}/channels", TestContext.Current.CancellationToken)).ReadJsonAsync();

        Assert.Equal(["server-status", "general"], channels.AsArray().Select(c => c!["name"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Forbidden, blocked.StatusCode);
        Assert.Equal(50013, (await blocked.ReadJsonAsync())["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Starts_from_a_configuration_section_with_a_seed_file()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["DiscordEmulator:BotToken"] = "demo-token",
                ["DiscordEmulator:SeedFile"] = ExampleSeedPath(),
                ["DiscordEmulator:RateLimits:GlobalPerSecond"] = "7",
            })
            .Build();

        await using var emulator = await DiscordEmulatorHost.StartAsync(configuration.GetSection("DiscordEmulator"), TestContext.Current.CancellationToken);
        using var http = Api.BotClient(emulator);
        using var me = await http.GetAsync("users/@me", TestContext.Current.CancellationToken);

        Assert.Equal("demo-token", emulator.Options.BotToken);
        Assert.Equal(7, emulator.Options.RateLimits.GlobalPerSecond);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
    }

    [Fact]
    public async Task Refuses_to_start_with_every_seed_problem_named()
    {
        var seed = new EmulatorSeed
        {
            Guilds =
            [
                new SeedGuild
                {
                    Id = 1,
                    Name = "g",
                    Roles = [new SeedRole { Id = 2, Name = "r", Permissions = "lots" }],
                    Members = [new SeedMember { UserId = 5, Roles = [7] }],
                },
            ],
        };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => DiscordEmulatorHost.StartAsync(new DiscordEmulatorOptions { Seed = seed }, TestContext.Current.CancellationToken));

        Assert.Contains("role 2: permissions 'lots'", error.Message);
        Assert.Contains("member 5 has no entry in Users", error.Message);
        Assert.Contains("member 5 has unknown role 7", error.Message);
    }

    [Fact]
    public async Task Refuses_to_start_with_a_bad_signing_key_and_names_the_key()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => DiscordEmulatorHost.StartAsync(new DiscordEmulatorOptions { SigningKeySeedHex = "xyz", InteractionsEndpointUrl = "not a url" }, TestContext.Current.CancellationToken));

        Assert.Contains("DiscordEmulator:SigningKeySeedHex", error.Message);
        Assert.Contains("DiscordEmulator:InteractionsEndpointUrl", error.Message);
    }

    private static string ExampleSeedPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "emulators", "discord", "seed.example.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("emulators/discord/seed.example.json not found above the test output folder.");
    }
}

using PteroPulse.DiscordGateway.Locations;
using PteroPulse.Emulators.Panel.Http;
using PteroPulse.ServiceDefaults.Hosting;
using PteroPulse.Standalone.Check;
using PteroPulse.Standalone.Demo;
using PteroPulse.Standalone.Tests.Support;

namespace PteroPulse.Standalone.Tests.Check;

/// <summary>The setup doctor against both emulators: one broken thing at a time, each named in its report.</summary>
public sealed class CheckCommandTests
{
    [Fact]
    public async Task Passes_every_check_and_exits_zero_when_everything_is_right()
    {
        await using var world = await CheckWorld.StartAsync();

        var (exitCode, output) = await world.CheckAsync();

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("✘", output, StringComparison.Ordinal);
        Assert.Contains("✔ Panel key: a client key of pteropulse (root admin)", output, StringComparison.Ordinal);
        Assert.Contains("✔ Servers: the key sees 5 servers with type=admin-all", output, StringComparison.Ordinal);
        Assert.Contains("✔ Discord token: valid", output, StringComparison.Ordinal);
        Assert.Contains("✔ #audit (audit channel)", output, StringComparison.Ordinal);
        Assert.Contains("✔ #alerts (alert channel)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Never_prints_the_token_or_the_panel_key()
    {
        await using var world = await CheckWorld.StartAsync();

        var (_, output) = await world.CheckAsync();

        Assert.DoesNotContain(world.Discord.Options.BotToken, output, StringComparison.Ordinal);
        Assert.DoesNotContain(world.Panel.Panel.AdminClientKey, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Names_a_panel_key_the_panel_refuses()
    {
        await using var world = await CheckWorld.StartAsync();
        world.Settings["Pterodactyl:ApiKey"] = "ptlc_" + new string('x', 43);

        var (exitCode, output) = await world.CheckAsync();

        Assert.Equal(CheckReport.FailedExitCode, exitCode);
        Assert.Contains("✘ Panel key: the panel refused it (401", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Names_an_application_key_given_instead_of_a_client_key()
    {
        await using var world = await CheckWorld.StartAsync();
        world.Settings["Pterodactyl:ApiKey"] = world.Panel.Panel.AdminApplicationKey;

        var (exitCode, output) = await world.CheckAsync();

        Assert.Equal(ServiceRunner.InvalidConfigurationExitCode, exitCode);
        Assert.Contains("✘ Configuration: Pterodactyl:ApiKey (env Pterodactyl__ApiKey): is an application key", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Names_the_missing_permission_and_the_channel()
    {
        await using var world = await CheckWorld.StartAsync();
        world.Discord.Control.RevokeChannelPermission(DemoWorld.AuditChannelId, DemoWorld.BotRoleId, ChannelPermissions.AttachFiles);

        var (exitCode, output) = await world.CheckAsync();

        Assert.Equal(CheckReport.FailedExitCode, exitCode);
        Assert.Contains("✘ #audit (audit channel): the bot lacks Attach Files", output, StringComparison.Ordinal);
        Assert.Contains("✔ #alerts (alert channel)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Names_a_cloudflare_page_in_front_of_the_panel()
    {
        await using var world = await CheckWorld.StartAsync();
        world.Panel.Panel.Faults.Set(InfrastructureFault.CloudflareChallenge);

        var (exitCode, output) = await world.CheckAsync();

        Assert.Equal(CheckReport.FailedExitCode, exitCode);
        Assert.Contains("✘ Panel: Cloudflare answered with a browser challenge", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Names_a_token_discord_refuses()
    {
        await using var world = await CheckWorld.StartAsync();
        world.Settings["Discord:Token"] = "not-the-token";

        var (exitCode, output) = await world.CheckAsync();

        Assert.Equal(CheckReport.FailedExitCode, exitCode);
        Assert.Contains("✘ Discord token: Discord refused it (401 Unauthorized)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Names_an_application_id_that_is_not_the_tokens()
    {
        await using var world = await CheckWorld.StartAsync();
        world.Settings["Discord:ApplicationId"] = "1234567890123456789";

        var (exitCode, output) = await world.CheckAsync();

        Assert.Equal(CheckReport.FailedExitCode, exitCode);
        Assert.Contains("✘ Discord application: Discord__ApplicationId is 1234567890123456789, but the token belongs to application", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Names_a_guild_the_bot_is_not_in_with_an_invite_link()
    {
        await using var world = await CheckWorld.StartAsync();
        world.Settings["Discord:GuildIds:0"] = "1290000000000000999";

        var (exitCode, output) = await world.CheckAsync();

        Assert.Equal(CheckReport.FailedExitCode, exitCode);
        Assert.Contains("✘ Guild 1290000000000000999: the bot cannot see this guild", output, StringComparison.Ordinal);
        Assert.Contains("https://discord.com/oauth2/authorize?client_id=", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Says_what_a_key_that_is_not_a_root_admins_can_see()
    {
        await using var world = await CheckWorld.StartAsync();
        world.Settings["Pterodactyl:ApiKey"] = world.Panel.Panel.SubuserClientKey;

        var (exitCode, output) = await world.CheckAsync();

        Assert.True(exitCode == 0, output);
        Assert.Contains("✔ Panel key: a client key of helper, accepted", output, StringComparison.Ordinal);
        Assert.Contains("✔ Servers: the key sees 3 servers (its account's own and those it is a subuser of", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checks_the_channels_that_hold_status_embeds()
    {
        await using var world = await CheckWorld.StartAsync();
        using (var store = new JsonFileEmbedLocationStore(world.Settings["Discord:EmbedLocationsFile"]))
        {
            await store.SaveAsync(new EmbedLocation(DemoWorld.GuildId, DemoWorld.StatusChannelId, 1, "abcd1234"), TestContext.Current.CancellationToken);
        }

        world.Discord.Control.RevokeChannelPermission(DemoWorld.StatusChannelId, DemoWorld.GuildId, ChannelPermissions.SendMessages);

        var (exitCode, output) = await world.CheckAsync();

        Assert.Equal(CheckReport.FailedExitCode, exitCode);
        Assert.Contains("✘ #server-status (status embeds): the bot lacks Send Messages, Embed Links, Attach Files", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Counts_the_bots_guilds_when_no_guild_is_configured()
    {
        await using var world = await CheckWorld.StartAsync();
        world.Settings.Remove("Discord:GuildIds:0");

        var (exitCode, output) = await world.CheckAsync();

        Assert.True(exitCode == 0, output);
        Assert.Contains("✔ Guilds: Discord__GuildIds is empty: commands are registered globally for the bot's 1 guild(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Names_every_missing_key_when_nothing_is_configured()
    {
        using var output = new StringWriter();

        var exitCode = await CheckCommand.RunAsync([], output, TestContext.Current.CancellationToken);

        Assert.Equal(ServiceRunner.InvalidConfigurationExitCode, exitCode);
        Assert.Contains("Pterodactyl:Url (env Pterodactyl__Url)", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Pterodactyl:ApiKey (env Pterodactyl__ApiKey)", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Discord:Token (env Discord__Token)", output.ToString(), StringComparison.Ordinal);
    }
}

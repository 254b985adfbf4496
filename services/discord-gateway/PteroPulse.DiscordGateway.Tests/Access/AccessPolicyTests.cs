using PteroPulse.DiscordGateway.Access;
using PteroPulse.DiscordGateway.Embeds;

namespace PteroPulse.DiscordGateway.Tests.Access;

public sealed class AccessPolicyTests
{
    private const ulong Guild = 1290000000000000000;
    private const ulong OtherGuild = 1290000000000000001;
    private const ulong AdminRole = 100;
    private const ulong RestarterRole = 200;
    private const ulong ViewerRole = 300;

    private static readonly AccessPolicy Policy = new(Samples.Options(o =>
    {
        o.GuildIds = [Guild];
        o.AdminRoleIds = [AdminRole];
        o.PowerRoles.Restart = [RestarterRole];
        o.ViewerRoleIds = [ViewerRole];
        o.GuildServers = new() { [Guild.ToString(System.Globalization.CultureInfo.InvariantCulture)] = ["5e8b2c41", "9f04d7aa"] };
    }));

    private static MemberAccess Member(params ulong[] roles) => new(1280000000000000555, roles, 0);

    [Fact]
    public void Lets_a_role_restart_but_not_stop()
    {
        var member = Member(RestarterRole);

        Assert.Equal(AccessDecision.Allowed, Policy.Authorize(ButtonAction.Restart, Guild, member, "5e8b2c41"));
        Assert.Equal(AccessDecision.MissingRole, Policy.Authorize(ButtonAction.Stop, Guild, member, "5e8b2c41"));
        Assert.Equal(AccessDecision.MissingRole, Policy.Authorize(ButtonAction.Start, Guild, member, "5e8b2c41"));
    }

    [Theory]
    [InlineData(ButtonAction.Start)]
    [InlineData(ButtonAction.Stop)]
    [InlineData(ButtonAction.Restart)]
    public void Lets_admins_do_every_power_action(ButtonAction action)
    {
        Assert.Equal(AccessDecision.Allowed, Policy.Authorize(action, Guild, Member(AdminRole), "5e8b2c41"));
    }

    [Fact]
    public void Treats_discord_administrators_as_admins_unless_turned_off()
    {
        var administrator = new MemberAccess(1, [], MemberAccess.AdministratorPermission);
        var strict = new AccessPolicy(Samples.Options(o => o.DiscordAdministratorsAreAdmins = false));

        Assert.Equal(AccessDecision.Allowed, Policy.Authorize(ButtonAction.Stop, Guild, administrator, "5e8b2c41"));
        Assert.Equal(AccessDecision.MissingRole, strict.Authorize(ButtonAction.Stop, Guild, administrator, "5e8b2c41"));
    }

    [Fact]
    public void Denies_power_to_a_member_without_roles()
    {
        Assert.Equal(AccessDecision.MissingRole, Policy.Authorize(ButtonAction.Start, Guild, Member(), "5e8b2c41"));
    }

    [Fact]
    public void Denies_a_forged_id_for_a_server_the_guild_may_not_see()
    {
        Assert.Equal(AccessDecision.ServerNotVisible, Policy.Authorize(ButtonAction.Stop, Guild, Member(AdminRole), "deadbeef"));
        Assert.False(Policy.CanSee(Guild, "deadbeef"));
    }

    [Fact]
    public void Lets_a_guild_without_a_list_see_every_server()
    {
        var open = new AccessPolicy(Samples.Options());

        Assert.True(open.CanSee(OtherGuild, "deadbeef"));
    }

    [Fact]
    public void Denies_guilds_outside_the_allow_list_and_direct_messages()
    {
        Assert.Equal(AccessDecision.GuildNotAllowed, Policy.Authorize(ButtonAction.Start, OtherGuild, Member(AdminRole), "5e8b2c41"));
        Assert.Equal(AccessDecision.GuildNotAllowed, Policy.AuthorizeAdmin(null, Member(AdminRole)));
    }

    [Fact]
    public void Lets_viewers_and_power_roles_list_servers_but_not_others()
    {
        Assert.Equal(AccessDecision.Allowed, Policy.AuthorizeViewer(Guild, Member(ViewerRole)));
        Assert.Equal(AccessDecision.Allowed, Policy.AuthorizeViewer(Guild, Member(RestarterRole)));
        Assert.Equal(AccessDecision.MissingRole, Policy.AuthorizeViewer(Guild, Member(999)));
    }

    [Fact]
    public void Lets_everyone_view_when_no_viewer_role_is_set()
    {
        var open = new AccessPolicy(Samples.Options());

        Assert.Equal(AccessDecision.Allowed, open.AuthorizeViewer(Guild, Member()));
    }

    [Fact]
    public void Keeps_admin_commands_to_admins()
    {
        Assert.Equal(AccessDecision.Allowed, Policy.AuthorizeAdmin(Guild, Member(AdminRole)));
        Assert.Equal(AccessDecision.MissingRole, Policy.AuthorizeAdmin(Guild, Member(RestarterRole, ViewerRole)));
    }
}

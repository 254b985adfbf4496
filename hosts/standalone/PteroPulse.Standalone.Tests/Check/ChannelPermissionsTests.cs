using PteroPulse.Standalone.Check;
using static PteroPulse.Standalone.Check.ChannelPermissions;

namespace PteroPulse.Standalone.Tests.Check;

public sealed class ChannelPermissionsTests
{
    private const ulong Guild = 100;
    private const ulong Owner = 1;
    private const ulong Bot = 2;
    private const ulong BotRole = 200;
    private const ulong OtherRole = 201;

    private static ChannelPermissionInput Input(ulong everyone, ulong botRole, params PermissionOverwrite[] overwrites) => new(
        Guild, Owner, Bot, new Dictionary<ulong, ulong> { [Guild] = everyone, [BotRole] = botRole, [OtherRole] = Administrator },
        [BotRole], overwrites);

    [Fact]
    public void Combines_everyone_and_the_members_roles()
    {
        var permissions = Compute(Input(ViewChannel | ReadMessageHistory, SendMessages | EmbedLinks | AttachFiles));

        Assert.Equal(Required, permissions & Required);
    }

    [Fact]
    public void A_role_overwrite_deny_removes_a_permission_the_role_grants()
    {
        var permissions = Compute(Input(ViewChannel, Required, new PermissionOverwrite(BotRole, 0, 0, AttachFiles)));

        Assert.Equal(AttachFiles, Required & ~permissions);
    }

    [Fact]
    public void The_members_own_overwrite_wins_over_role_overwrites()
    {
        var permissions = Compute(Input(ViewChannel, Required,
            new PermissionOverwrite(BotRole, 0, 0, SendMessages), new PermissionOverwrite(Bot, 1, SendMessages, 0)));

        Assert.Equal(Required, permissions & Required);
    }

    [Fact]
    public void Without_view_channel_nothing_else_counts()
    {
        var permissions = Compute(Input(Required, Required, new PermissionOverwrite(Guild, 0, 0, ViewChannel)));

        Assert.Equal(0UL, permissions);
    }

    [Fact]
    public void Without_send_messages_embeds_and_files_are_implicitly_denied()
    {
        var permissions = Compute(Input(ViewChannel | EmbedLinks | AttachFiles | ReadMessageHistory, 0));

        Assert.Equal("Send Messages, Embed Links, Attach Files", Describe(Required & ~permissions));
    }

    [Fact]
    public void Administrator_ignores_overwrites()
    {
        var input = Input(0, 0, new PermissionOverwrite(Guild, 0, 0, Required)) with { MemberRoles = [BotRole, OtherRole] };

        Assert.Equal(All, Compute(input));
    }
}

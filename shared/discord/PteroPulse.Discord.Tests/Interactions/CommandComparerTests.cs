using PteroPulse.Discord.Interactions;
using PteroPulse.Discord.Models;

namespace PteroPulse.Discord.Tests.Interactions;

public sealed class CommandComparerTests
{
    private static readonly ApplicationCommandProperties Power = new()
    {
        Name = "power",
        Description = "Start, stop or restart a server",
        DefaultMemberPermissions = 32,
        Options = [new ApplicationCommandOption { Type = ApplicationCommandOptionType.String, Name = "server", Description = "Server", Required = true }],
    };

    private static ApplicationCommand Registered(ApplicationCommandProperties p) => new()
    {
        Id = 1, ApplicationId = 2, Name = p.Name, Description = p.Description, Type = p.Type,
        DefaultMemberPermissions = (ulong?)p.DefaultMemberPermissions, Options = p.Options, Version = 3,
    };

    [Fact]
    public void Sees_no_change_when_discord_has_the_same_commands()
    {
        Assert.True(CommandComparer.Same([Power], [Registered(Power)]));
    }

    [Fact]
    public void Sees_a_changed_description()
    {
        Assert.False(CommandComparer.Same([Power with { Description = "new" }], [Registered(Power)]));
    }

    [Fact]
    public void Sees_a_command_that_is_missing_on_discord()
    {
        Assert.False(CommandComparer.Same([Power, Power with { Name = "status" }], [Registered(Power)]));
    }

    [Fact]
    public void Treats_an_absent_required_flag_as_false()
    {
        var wanted = Power with { Options = [Power.Options![0] with { Required = false }] };
        var existing = Registered(Power with { Options = [Power.Options![0] with { Required = null }] });

        Assert.True(CommandComparer.Same([wanted], [existing]));
    }
}

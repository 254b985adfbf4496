using PteroPulse.Discord.Models;

namespace PteroPulse.DiscordGateway.Commands;

/// <summary>Definitions of the admin commands, hidden by Discord from members without Manage Server.</summary>
public static class AdminCommand
{
    /// <summary>MANAGE_GUILD. A configured admin role is checked by the bot as well; guild owners can widen the default in Integrations.</summary>
    public const long ManageGuild = 1L << 5;

    public static ApplicationCommandProperties Define(string name, string description, params ApplicationCommandOption[] options) => new()
    {
        Name = name,
        Description = description,
        DefaultMemberPermissions = ManageGuild,
        Options = options.Length == 0 ? null : options,
    };
}

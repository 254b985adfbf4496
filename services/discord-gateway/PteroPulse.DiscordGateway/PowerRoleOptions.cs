namespace PteroPulse.DiscordGateway;

/// <summary>Roles allowed each power action besides the admin roles ("Discord:PowerRoles").</summary>
public sealed class PowerRoleOptions
{
    public List<ulong> Start { get; set; } = [];

    public List<ulong> Stop { get; set; } = [];

    public List<ulong> Restart { get; set; } = [];
}

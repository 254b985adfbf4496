using System.ComponentModel.DataAnnotations;
using PteroPulse.ServiceDefaults.Configuration;

namespace PteroPulse.DiscordGateway;

/// <summary>
/// The "Discord" section. The token comes from the environment only (<c>Discord__Token</c>); role and channel ids are
/// Discord snowflakes. Empty lists mean "no restriction" where that is safe (guilds, servers) and "admins only" where it
/// is not (power actions).
/// </summary>
public sealed class DiscordGatewayOptions : IOptionsSection, IValidatableObject
{
    public static string SectionName => "Discord";

    /// <summary>
    /// The bot token. Set it with the environment variable Discord__Token; it is never logged. "Required" is checked by
    /// the client library, which binds the same key; here only where it came from is checked.
    /// </summary>
    public string Token { get; set; } = "";

    /// <summary>The application (client) id, which command registration and interaction webhooks need; 0 = ask Discord once.</summary>
    public ulong ApplicationId { get; set; }

    /// <summary>Guilds the bot serves; commands are registered per guild when set, globally when empty.</summary>
    public List<ulong> GuildIds { get; set; } = [];

    /// <summary>Roles that may do everything: all power actions, /server_status, /refresh_embeds, /purge_embeds.</summary>
    public List<ulong> AdminRoleIds { get; set; } = [];

    /// <summary>Whether Discord's own Administrator permission counts as the admin role.</summary>
    public bool DiscordAdministratorsAreAdmins { get; set; } = true;

    /// <summary>Roles per power action, besides admins: a role may restart but not stop.</summary>
    public PowerRoleOptions PowerRoles { get; set; } = new();

    /// <summary>Roles that may use /servers; empty means every member of an allowed guild.</summary>
    public List<ulong> ViewerRoleIds { get; set; } = [];

    /// <summary>Per guild id, the server identifiers that guild may see; a guild not listed sees every server.</summary>
    public Dictionary<string, List<string>> GuildServers { get; set; } = [];

    /// <summary>Channel for the audit trail of button presses and embed problems; 0 = none.</summary>
    public ulong AuditChannelId { get; set; }

    /// <summary>How long one member waits between two power presses on one server.</summary>
    public TimeSpan PowerCooldown { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Where the standalone host keeps embed locations when no Redis is configured.</summary>
    public string EmbedLocationsFile { get; set; } = "data/embed-locations.json";

    /// <summary>How long an embed update waits for history and graph before it goes out without a new graph.</summary>
    public TimeSpan GraphTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Embed edits in flight at once, over all channels (edits within one channel are always sequential).</summary>
    public int MaxParallelEdits { get; set; } = 4;

    public AlertOptions Alerts { get; set; } = new();

    /// <summary>Hides the token should the options ever be printed.</summary>
    public override string ToString() =>
        $"DiscordGatewayOptions {{ ApplicationId = {ApplicationId}, Guilds = {GuildIds.Count}, Token = {(Token.Length > 0 ? "***" : "(none)")} }}";

    /// <summary>
    /// Every rule lives here rather than in attributes: the shared validator runs this method only when all attributes
    /// pass, and a bad deploy must see every bad key at once.
    /// </summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PowerCooldown < TimeSpan.Zero || PowerCooldown > TimeSpan.FromHours(1))
        {
            yield return new ValidationResult("must be between 00:00:00 and 01:00:00", [nameof(PowerCooldown)]);
        }

        if (string.IsNullOrWhiteSpace(EmbedLocationsFile))
        {
            yield return new ValidationResult("is required", [nameof(EmbedLocationsFile)]);
        }

        if (GraphTimeout < TimeSpan.FromMilliseconds(100) || GraphTimeout > TimeSpan.FromMinutes(1))
        {
            yield return new ValidationResult("must be between 00:00:00.1 and 00:01:00", [nameof(GraphTimeout)]);
        }

        if (MaxParallelEdits is < 1 or > 64)
        {
            yield return new ValidationResult("must be between 1 and 64", [nameof(MaxParallelEdits)]);
        }

        foreach (var (key, ids) in new[]
                 {
                     ("GuildIds", GuildIds), ("AdminRoleIds", AdminRoleIds), ("ViewerRoleIds", ViewerRoleIds),
                     ("PowerRoles:Start", PowerRoles.Start), ("PowerRoles:Stop", PowerRoles.Stop),
                     ("PowerRoles:Restart", PowerRoles.Restart),
                 })
        {
            if (ids.Contains(0UL))
            {
                yield return new ValidationResult("ids must be Discord snowflakes, not 0", [key]);
            }
        }

        foreach (var (guild, servers) in GuildServers)
        {
            if (!ulong.TryParse(guild, out var id) || id == 0)
            {
                yield return new ValidationResult($"'{guild}' is not a guild id", [$"GuildServers:{guild}"]);
            }
            else if (servers.Any(string.IsNullOrWhiteSpace))
            {
                yield return new ValidationResult("server identifiers must not be empty", [$"GuildServers:{guild}"]);
            }
        }

        foreach (var result in Alerts.Validate())
        {
            yield return result;
        }
    }
}

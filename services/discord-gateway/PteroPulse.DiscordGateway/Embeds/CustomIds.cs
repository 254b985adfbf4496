using System.Diagnostics.CodeAnalysis;

namespace PteroPulse.DiscordGateway.Embeds;

/// <summary>
/// The <c>custom_id</c>s of our components: <c>power:{server}:{start|stop|restart}</c> and <c>address:{server}</c>.
/// Anyone can forge a custom_id, so parsing only says what was asked; <see cref="Access.AccessPolicy"/> decides.
/// </summary>
public static class CustomIds
{
    /// <summary>Discord's limit for a custom_id.</summary>
    public const int MaxLength = 100;

    /// <summary>The select menu of /server_status; its values are server identifiers.</summary>
    public const string ServerSelect = "select-server";

    public static string For(ButtonAction action, string serverId)
    {
        if (string.IsNullOrEmpty(serverId) || serverId.Contains(':', StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{serverId}' cannot be part of a custom_id", nameof(serverId));
        }

        var id = action == ButtonAction.ShowAddress
            ? $"address:{serverId}"
            : $"power:{serverId}:{action.ToString().ToLowerInvariant()}";
        return id.Length <= MaxLength
            ? id
            : throw new ArgumentException($"a custom_id for server '{serverId}' would exceed {MaxLength} characters", nameof(serverId));
    }

    public static bool TryParse(string? customId, out ButtonAction action, [NotNullWhen(true)] out string? serverId)
    {
        action = default;
        serverId = null;
        if (string.IsNullOrEmpty(customId) || customId.Length > MaxLength)
        {
            return false;
        }

        var parts = customId.Split(':');
        switch (parts)
        {
            case ["address", var server] when server.Length > 0:
                action = ButtonAction.ShowAddress;
                serverId = server;
                return true;
            case ["power", var server, var verb] when server.Length > 0 && TryParseVerb(verb, out action):
                serverId = server;
                return true;
            default:
                return false;
        }
    }

    private static bool TryParseVerb(string verb, out ButtonAction action)
    {
        (var known, action) = verb switch
        {
            "start" => (true, ButtonAction.Start),
            "stop" => (true, ButtonAction.Stop),
            "restart" => (true, ButtonAction.Restart),
            _ => (false, default),
        };
        return known;
    }
}
